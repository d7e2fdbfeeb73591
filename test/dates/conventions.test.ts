import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// Reference: Sunday 7 December 2025 (a print edition reporting Saturday's events).
const PUB = '2025-12-07';

/** [sentence, expected dates as `[extent] TYPE value`] — several wordings per news convention. */
const TABLE: Record<string, [string, string[]][]> = {
  'weekday in past-tense reporting is the latest such day on or before publication': [
    ['The minister said on Saturday that talks had ended.', ['[Saturday] DATE 2025-12-06']],
    ['The two delegations met on Friday in the capital.', ['[Friday] DATE 2025-12-05']],
    ['Police arrested three suspects on Thursday night.', ['[Thursday night] DATE 2025-12-04']],
    ['Rescue teams recovered the bodies Monday.', ['[Monday] DATE 2025-12-01']],
    ['The ministry announced the decision on Sunday.', ['[Sunday] DATE 2025-12-07']],
  ],
  'weekday in future or announcement context looks forward': [
    ['The cabinet will meet on Monday to discuss the budget.', ['[Monday] DATE 2025-12-08']],
    ['The report is due on Friday.', ['[Friday] DATE 2025-12-12']],
    ['The talks are scheduled for Wednesday.', ['[Wednesday] DATE 2025-12-10']],
    ['Voting is expected to begin on Tuesday.', ['[Tuesday] DATE 2025-12-09']],
  ],
  'explicit direction wins over tense': [
    ['The meeting took place last Friday.', ['[last Friday] DATE 2025-12-05']],
    ['They will meet next Friday.', ['[next Friday] DATE 2025-12-12']],
    ['He was shot last Oct. 23 at his home.', ['[last Oct. 23] DATE 2025-10-23']],
    ['Elections are due next March 3.', ['[next March 3] DATE 2026-03-03']],
  ],
  'year-less months and days follow the governing verb, else the nearest year': [
    ['The summit was held in March.', ['[March] DATE 2025-03']],
    ['The accord, signed in March, lapsed.', ['[March] DATE 2025-03']],
    ['Elections will be held in March.', ['[March] DATE 2026-03']],
    ['The deal was signed on December 3.', ['[December 3] DATE 2025-12-03']],
    ['The deadline was extended to Jan. 15.', ['[Jan. 15] DATE 2026-01-15']],
    ['Voting is due in mid-January.', ['[mid-January] DATE 2026-01']],
    ['In May, the finance minister resigned.', ['[May] DATE 2025-05']],
    ['In March, elections will be held.', ['[March] DATE 2026-03']],
    ['The board appointed last May resigned.', ['[last May] DATE 2025-05']],
  ],
  'relative days, weeks, months and years': [
    ['Prices rose yesterday.', ['[yesterday] DATE 2025-12-06']],
    ['The court ruled today.', ['[today] DATE 2025-12-07']],
    ['Exports fell last week.', ['[last week] DATE 2025-W48']],
    ['Imports rose earlier this month.', ['[earlier this month] DATE 2025-12']],
    ['Trade fell last month.', ['[last month] DATE 2025-11']],
    ['Inflation eased over the past year.', ['[the past year] DATE 2024']],
    ['The ban ends next year.', ['[next year] DATE 2026']],
    ['He died two days ago.', ['[two days ago] DATE 2025-12-05']],
    ['The law was passed a year ago.', ['[a year ago] DATE 2024']],
    ['It happened this morning.', ['[this morning] TIME 2025-12-07TMO']],
    ['Output will be reviewed at the end of the year.', ['[the end of the year] DATE 2025']],
  ],
  'durations': [
    ['He was jailed for five years.', ['[five years] DURATION P5Y']],
    ['The project will take three months.', ['[three months] DURATION P3M']],
    ['Over the past two weeks, prices doubled.', ['[the past two weeks] DURATION P2W']],
    ['The strike lasted 48 hours.', ['[48 hours] DURATION PT48H']],
    ['It signed a five-year contract.', ['[five-year] DURATION P5Y']],
    ['The dispute has gone on for several years.', ['[several years] DURATION PXY']],
    ['The case took nearly a decade.', ['[nearly a decade] DURATION P10Y']],
    ['Talks went on for a year and a half.', ['[a year and a half] DURATION P1Y6M']],
    ['Shipments resume within two to three weeks.', ['[two to three weeks] DURATION P2W']],
    ['Violence has grown over the past decade.', ['[the past decade] DURATION P10Y']],
    ['Three days later, the talks collapsed.', ['[Three days] DURATION P3D']],
  ],
  'sets': [
    ['The festival is held every year.', ['[every year] SET P1Y']],
    ['The board meets annually.', ['[annually] SET P1Y']],
    ['Flights leave twice a week.', ['[twice a week] SET P1W']],
    ['The market opens on Mondays.', ['[Mondays] SET XXXX-WXX-1']],
    ['Prices are published daily.', ['[daily] SET P1D']],
  ],
  'years, decades, quarters and fiscal years': [
    ['He has lived there since 1990.', ['[1990] DATE 1990']],
    ['The law was passed in the 1990s.', ['[the 1990s] DATE 199']],
    ['Output grew from 2019 to 2021.', ['[2019] DATE 2019', '[2021] DATE 2021']],
    ['Profit rose in the third quarter.', ['[the third quarter] DATE 2025-Q3']],
    ['Revenue in Q3 2025 beat forecasts.', ['[Q3 2025] DATE 2025-Q3']],
    ['Sales rose 5% in the first half of 2025.', ['[the first half of 2025] DATE 2025-H1']],
    ['The plan covers fiscal year 2024-25.', ['[fiscal year 2024-25] DATE FY2024']],
    ['Earnings fell in fiscal 2024.', ['[fiscal 2024] DATE 2024']],
    ['Sales slowed over the summer.', ['[the summer] DATE 2025-SU']],
    ['They met last fall.', ['[last fall] DATE 2025-FA']],
    ['Talks will resume in the spring.', ['[the spring] DATE 2026-SP']],
  ],
  'ranges: each end is its own expression, and both ends share a year': [
    ['Rates rose between 2019 and 2021.', ['[2019] DATE 2019', '[2021] DATE 2021']],
    ['Exports rose from January to March.', ['[January] DATE 2025-01', '[March] DATE 2025-03']],
    ['Exports will rise from January to March.', ['[January] DATE 2026-01', '[March] DATE 2026-03']],
    ['He has worked there since March.', ['[March] DATE 2025-03']],
  ],
  'holidays': [
    ['He was found on Thanksgiving Day.', ['[Thanksgiving Day] DATE 2025-11-27']],
    ['They met last Christmas.', ['[last Christmas] DATE 2024-12-25']],
    ['Shops will close on Christmas Day.', ['[Christmas Day] DATE 2025-12-25']],
    ['Churches were attacked on Easter Sunday.', ['[Easter Sunday] DATE 2026-04-05']],
  ],
  'other written forms': [
    ['The vote on 06.12.2025 passed.', ['[06.12.2025] DATE 2025-12-06']],
    ['The attack happened on 6th December.', ['[6th December] DATE 2025-12-06']],
    ['Revenue in H1 2025 rose.', ['[H1 2025] DATE 2025-H1']],
    ['The 2024-25 fiscal year budget was passed.', ['[The 2024-25 fiscal year] DATE FY2024']],
    ['The clash on the night of December 5 left two dead.', ['[December 5] DATE 2025-12-05']],
    ['Shelling began at 14:30 GMT.', ['[14:30 GMT] TIME 2025-12-07T14:30']],
    ['The curfew starts at 21:00 hours.', ['[21:00] TIME 2025-12-07T21:00']],
  ],
  'vague references': [
    ['Prices are now stable.', ['[now] DATE PRESENT_REF']],
    ['The firm recently expanded.', ['[recently] DATE PAST_REF']],
    ['Such cases will rise in the future.', ['[the future] DATE FUTURE_REF']],
  ],
  'explicit dates and clock times': [
    ['The deal was signed on 3 December 2025.', ['[3 December 2025] DATE 2025-12-03']],
    ['She arrived at 10:30 a.m. on Tuesday.', ['[10:30 a.m. on Tuesday] TIME 2025-12-02T10:30']],
    ['The blast happened at 5 p.m.', ['[5 p.m.] TIME 2025-12-07T17:00']],
    ['Results were due on 2025-11-30.', ['[2025-11-30] DATE 2025-11-30']],
  ],
};

describe('dates: news conventions (published 2025-12-07)', () => {
  for (const [convention, rows] of Object.entries(TABLE)) {
    describe(convention, () => {
      for (const [sentence, expected] of rows) {
        it(sentence, () => expect(summary(sentence, PUB)).toEqual(expected));
      }
    });
  }
});

describe('dates: without a reference date', () => {
  it.each([
    ['The minister said on Saturday that talks had ended.', ['[Saturday] DATE XXXX-WXX-6']],
    ['The deal was signed on December 6.', ['[December 6] DATE XXXX-12-06']],
    ['Exports fell last week.', ['[last week] DATE XXXX-WXX']],
    ['Prices rose yesterday.', ['[yesterday] DATE XXXX-XX-XX']],
    ['It happened this morning.', ['[this morning] TIME XXXX-XX-XXTMO']],
    ['The court ruled today.', ['[today] DATE XXXX-XX-XX']],
    ['He was jailed for five years.', ['[five years] DURATION P5Y']],
    ['The deal was signed on 3 December 2025.', ['[3 December 2025] DATE 2025-12-03']],
  ])('%s', (sentence, expected) => expect(summary(sentence)).toEqual(expected));
});

describe('dates: spans and ids', () => {
  it('gives text-order ids and spans that slice the text', async () => {
    const { extract } = await import('./helpers.js');
    const text = 'On Friday, the minister said the talks, held for three days, would resume next week.';
    const { dates } = extract(text, PUB);
    expect(dates.map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});
