import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/extract.js';
import { runPipeline } from '../../src/pipeline/run.js';
import type { Agreement } from '../../src/schema/article.js';
import { agreementsOf } from './helpers.js';

/** The whole pipeline (entity layers give the parties), as the CLI runs it. */
function full(text: string, published = '2025-11-20'): Agreement[] {
  return runPipeline(prepareDocument(text, { id: 't' }, { published })).layers.agreements ?? [];
}
const names = (a: Agreement) => a.parties.map((p) => p.name);

// [text, status, words the action must contain] — lexicon-only parties are not checked here.
const TABLE: [string, string, string[]][] = [
  ['The provincial cabinet approved the construction of a flyover at the city entrance.', 'agreed', ['flyover']],
  ['The board of directors cleared the extension of the share buyback programme.', 'agreed', ['buyback']],
  ['The council also gave the go-ahead for the purchase of 40 electric buses.', 'agreed', ['electric buses']],
  ["The central bank's monetary policy committee voted 6-3 to raise the benchmark rate.", 'agreed', ['benchmark rate']],
  ['The rate-setting committee decided to hold interest rates at 9 percent.', 'agreed', ['interest rates']],
  ['Chile and Argentina agreed at the border summit in Mendoza to reopen two mountain passes.', 'agreed', ['mountain passes']],
  ['The shipyard won a $2 billion contract to build six frigates for the navy.', 'agreed', ['frigates']],
  ['Ethiopian Airlines placed an order for 20 Airbus A350 jets worth $6 billion.', 'agreed', ['A350']],
  ['The utility completed the sale of its gas distribution arm to a pension fund.', 'signed', ['gas distribution']],
  ["The fund's executive board completed the second review of Zambia's credit facility.", 'agreed', ['second review']],
  ['An agreement was reached late on Sunday between the transport union and the city to end the bus strike.', 'agreed', ['bus strike']],
  ['The Senate is expected to ratify a visiting forces agreement with Australia next month.', 'planned', ['visiting forces']],
  ['Kenya and Tanzania signed a Comprehensive Border Trade Agreement on Friday.', 'signed', ['Comprehensive Border Trade Agreement']],
  ['The minister assured the visiting delegation that Ghana would provide land for the new embassy.', 'committed', ['embassy']],
];

describe('agreements: round 2 statements', () => {
  it.each(TABLE)('%s', (text, status, words) => {
    const got = agreementsOf(text);
    expect(got.map((a) => `${a.status}: ${a.action}`)).toHaveLength(1);
    expect(got[0].status).toBe(status);
    for (const w of words) expect(got[0].action).toContain(w);
  });
});

describe('agreements: round 2 parties and background', () => {
  it('reads the sides of an agreement announced by mediators', () => {
    const [a] = full('CAIRO: Egypt and Turkey announced on Monday that Armenia and Azerbaijan had agreed to a ceasefire along their border.');
    expect(names(a).sort()).toEqual(['Armenia', 'Azerbaijan']);
  });

  it("names a company, not its country, after a possessive ('Norway's Equinor')", () => {
    const [a] = full("Brazil's Petrobras and Norway's Equinor signed a heads of agreement on Monday for an offshore wind project.");
    expect(names(a)).toEqual(expect.arrayContaining(['Petrobras', 'Equinor']));
    expect(names(a)).not.toContain('Norway');
  });

  it("keeps 'Authority of <country>' in an organization's name", () => {
    const [a] = full('The Capital Markets Authority of Uganda and Stanbic Bank reached a settlement on Friday over late disclosures.');
    expect(names(a)).toContain('Capital Markets Authority of Uganda');
  });

  it('resolves "the committee" to the body named before, through its owner', () => {
    const got = full("ACCRA: The Bank of Ghana's Monetary Policy Committee voted to keep the policy rate at 28 percent. The committee also decided to raise the reserve requirement for banks.");
    expect(got).toHaveLength(2);
    expect(names(got[1])).toEqual(names(got[0]));
  });

  it('drops a deal signed months before publication, keeps the new one', () => {
    const got = full('LIMA: Peru and Chile agreed on Monday to set up a joint fisheries commission. The two countries signed a customs pact in June.', '2025-11-20');
    expect(got.map((a) => a.action)).toEqual(['set up a joint fisheries commission']);
  });

  it('folds a restated framework into the agreement it restates', () => {
    const got = full('GENEVA: The two sides reached a consensus on Sunday on a framework to cut tariffs. The framework is expected to be finalised next week.');
    expect(got).toHaveLength(1);
    expect(got[0].status).toBe('agreed');
  });
});

describe('agreements: round 2 roles and bodies', () => {
  it('resolves "the crown prince" to the one person holding that role', () => {
    const got = full('RIYADH: Qatari Emir Tamim bin Hamad met Saudi Crown Prince Mohammed bin Salman on Monday. The crown prince pledged to fund a new desalination plant in Doha.');
    expect(got).toHaveLength(1);
    expect(names(got[0])).toContain('Saudi Arabia');
  });

  it('reads a generic "Monetary Policy Committee" as the central bank named before it', () => {
    const got = full('NAIROBI: The Central Bank of Kenya lowered its rate on Tuesday. Governor Kamau Thugge said the Monetary Policy Committee had decided to cut the cash reserve ratio.');
    expect(got.map((a) => names(a))).toContainEqual(['Central Bank of Kenya']);
  });

  it('stops a reported clause at "and that"', () => {
    const got = full('The minister said Ghana would build two refineries and that the two countries had reached a deal on fertiliser supplies.');
    expect(got.map((a) => a.action)).toEqual(['build two refineries', 'deal on fertiliser supplies']);
  });
});

describe('agreements: round 2 months', () => {
  it('drops "agreed in March to …" in a December article, keeps a plan for next month', () => {
    expect(full('The rebels and the army agreed in March to merge their units, but nothing has happened.', '2025-12-03')).toEqual([]);
    const got = full('It was decided at the meeting that the two provinces would jointly launch a measles campaign in February.', '2025-01-10');
    expect(got).toHaveLength(1);
    expect(got[0].action).toContain('measles campaign in February');
  });
});
