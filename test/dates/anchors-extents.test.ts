import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

/** [sentence, expected dates as `[extent] TYPE value`]; own sentences, several wordings per rule. */
type Table = Record<string, [string, string[]][]>;

// Sunday 7 December 2025.
const DEC: Table = {
  'anchored expressions count from the last date the story gave': [
    ['She fled in June 2019 and returned home later that year.', ['[June 2019] DATE 2019-06', '[later that year] DATE 2019']],
    ['He was promoted on May 22, 2015, and the following year he retired.', ['[May 22, 2015] DATE 2015-05-22', '[the following year] DATE 2016']],
    ['The blast hit on Oct. 23. Earlier that day, the family had left.', ['[Oct. 23] DATE 2025-10-23', '[Earlier that day] DATE 2025-10-23']],
    ['The court heard the case on Monday and freed him the next day.', ['[Monday] DATE 2025-12-01', '[the next day] DATE 2025-12-02']],
    ['Talks began on 3 March 2024; that same day, markets fell.', ['[3 March 2024] DATE 2024-03-03', '[that same day] DATE 2024-03-03']],
  ],
  'an anchored expression with nothing to point to is left out': [
    ['Traders lose money on orders made that day.', []],
    ['That day will come.', []],
  ],
  'modern reporting conventions': [
    ['The ministry said earlier this month that exports rose.', ['[earlier this month] DATE 2025-12']],
    ['Prices rose 4% over the past year.', ['[the past year] DATE 2024']],
    ['The budget for fiscal year 2024-25 was approved.', ['[fiscal year 2024-25] DATE FY2024']],
    ['The survey ran from 2019 to 2021.', ['[2019] DATE 2019', '[2021] DATE 2021']],
    ['Inflation eased in the July-September quarter.', ['[the July-September quarter] DATE 2025-Q3']],
    ['Profit fell in the October–December 2024 quarter.', ['[the October–December 2024 quarter] DATE 2024-Q4']],
    ['The project will be completed by end-2026.', ['[end-2026] DATE 2026']],
    ['The notice was dated 05-12-2025.', ['[05-12-2025] DATE 2025-12-05']],
    ['The notice was dated 05/12/2025.', ['[05/12/2025] DATE 2025-12-05']],
    ['The notice was dated 12/05/2025.', ['[12/05/2025] DATE 2025-12-05']],
    ['The notice was dated 25/11/2025.', ['[25/11/2025] DATE 2025-11-25']],
    ['Voting ended at 5 p.m. local time on Saturday.', ['[5 p.m.] TIME 2025-12-06T17:00', '[Saturday] DATE 2025-12-06']],
    ['A fortnight ago, the minister resigned.', ['[A fortnight ago] DATE 2025-W47']],
  ],
  'frequency adverbs are sets, adjectives before a noun are not dates': [
    ['Protesters gather daily outside the home.', ['[daily] SET P1D']],
    ['Cases are reported on a daily basis.', ['[daily] SET P1D']],
    ['The council meets weekly.', ['[weekly] SET P1W']],
    ['Output rose in the second monthly gain.', []],
  ],
  '"this <weekday>" looks forward unless the clause is past; "of the year" belongs to the period': [
    ['Parliament meets this Thursday to debate the bill.', ['[this Thursday] DATE 2025-12-11']],
    ['The talks ended this Thursday.', ['[this Thursday] DATE 2025-12-04']],
    ['In the first half of the year, sales rose.', ['[the first half of the year] DATE 2025-H1']],
  ],
  'both ends of a month range': [
    ['The strike lasted between March and May.', ['[March] DATE 2025-03', '[May] DATE 2025-05']],
    ['Prices rose from April to May, officials said.', ['[April] DATE 2025-04', '[May] DATE 2025-05']],
    ['Talks ran from April through May 2024.', ['[April] DATE 2024-04', '[May 2024] DATE 2024-05']],
  ],
  'extents: kept modifiers, left-out articles and hedges': [
    ['The spokesman said late yesterday that talks had failed.', ['[late yesterday] DATE 2025-12-06']],
    ['Earlier Sunday, police cleared the square.', ['[Earlier Sunday] DATE 2025-12-07']],
    ['Crowds gathered early Tuesday for the two day rally.', ['[early Tuesday] DATE 2025-12-02', '[two day] DURATION P2D']],
    ['The envoy held a three hour meeting with the minister.', ['[three hour] DURATION PT3H']],
    ['A major factor in the third-quarter loss was costs.', ['[third-quarter] DATE 2025-Q3']],
    ['Banks must wait at least 30 days before closing.', ['[at least 30 days] DURATION P30D']],
    ['He will spend only five hours in the city.', ['[five hours] DURATION PT5H']],
    ['Plants will close over the next year or so.', ['[the next year or so] DATE 2026']],
    ['Right now, prices are high.', ['[now] DATE PRESENT_REF']],
  ],
};

// Monday 30 October 1989: a year-less month reads back unless it is at most four months ahead.
const OCT: Table = {
  'year-less months without a governing verb: back, unless at most four months ahead': [
    ['Shares rose to $42 in June from $29 in March.', ['[June] DATE 1989-06', '[March] DATE 1989-03']],
    ['The dividend would be paid on a still unspecified date in January.', ['[January] DATE 1990-01']],
    ['The firm had revenue of $76 million for the year ended March 31.', ['[the year] DURATION P1Y', '[March 31] DATE 1989-03-31']],
    ['It will redeem its preferred shares on Oct. 31.', ['[Oct. 31] DATE 1989-10-31']],
    ['The increased dividend will be paid Dec. 14.', ['[Dec. 14] DATE 1989-12-14']],
  ],
};

for (const [pub, table] of [['2025-12-07', DEC], ['1989-10-30', OCT]] as const) {
  describe(`dates (published ${pub})`, () => {
    for (const [rule, rows] of Object.entries(table)) {
      describe(rule, () => {
        for (const [sentence, expected] of rows) it(sentence, () => expect(summary(sentence, pub)).toEqual(expected));
      });
    }
  });
}
