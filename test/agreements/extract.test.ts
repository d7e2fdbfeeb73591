import { describe, expect, it } from 'vitest';
import { agreementsOf } from './helpers.js';

// [text, status, parties (all must be present), words the action must contain]
const TABLE: [string, string, string[], string[]][] = [
  ['Uganda and Tanzania signed a memorandum of understanding on Tuesday to build a crude oil pipeline.', 'signed', ['Uganda', 'Tanzania'], ['pipeline']],
  ['Vietnam and Japan inked a $500 million deal to upgrade the port of Haiphong.', 'signed', ['Vietnam', 'Japan'], ['port']],
  ['A memorandum of understanding on health cooperation was signed between Oman and Kenya.', 'signed', ['Oman', 'Kenya'], ['memorandum of understanding']],
  ['The Asian Development Bank approved a $300 million loan to Bangladesh for coastal protection.', 'agreed', ['Asian Development Bank'], ['loan']],
  ['Israel and Hamas agreed to a ceasefire that would take effect at dawn.', 'agreed', ['Israel', 'Hamas'], ['ceasefire']],
  ['France and Morocco reached an agreement to boost cooperation on migration.', 'agreed', ['France', 'Morocco'], ['boost cooperation on migration']],
  ['Kenya and Ethiopia decided to set up a joint border commission.', 'agreed', ['Kenya', 'Ethiopia'], ['joint border commission']],
  ['Germany pledged 200 million euros in humanitarian aid for Sudan.', 'committed', ['Germany'], ['humanitarian aid']],
  ['The Philippines and Vietnam vowed to settle maritime disputes peacefully.', 'committed', ['Philippines', 'Vietnam'], ['maritime disputes']],
  ['Canada and the European Union reaffirmed their commitment to phasing out coal power.', 'committed', ['Canada', 'European Union'], ['coal']],
  ['Brazil offered to host the next round of talks.', 'offered', ['Brazil'], ['host']],
  ['China expressed readiness to help Sri Lanka restructure its external debt.', 'offered', ['China'], ['debt']],
  ['Japan is set to provide 50 billion yen in loans for a railway project in Manila.', 'planned', ['Japan'], ['railway']],
  ["Nigeria's president said a new refinery would be built in the Niger Delta.", 'planned', ['Nigeria'], ['build', 'refinery']],
  ['Ministers from India and Australia discussed ways to expand cooperation in critical minerals.', 'discussed', ['India', 'Australia'], ['critical minerals']],
  ['Islamabad and Washington agreed to expand cooperation in police training.', 'agreed', ['Pakistan', 'United States'], ['police training']],
  ['Pakistan and Sri Lanka agreed to enhance collaboration in border security, counter-narcotics, coast guard and forensics.', 'agreed', ['Pakistan', 'Sri Lanka'], ['border security, counter-narcotics, coast guard and forensics']],
];

describe('agreements: statements', () => {
  it.each(TABLE)('%s', (text, status, parties, words) => {
    const got = agreementsOf(text);
    expect(got).toHaveLength(1);
    const [a] = got;
    expect(a.status).toBe(status);
    for (const p of parties) expect(a.parties.map((x) => x.name)).toContain(p);
    for (const w of words) expect(a.action).toContain(w);
    expect(text.slice(a.start, a.end)).toBe(a.text);
  });
});

describe('agreements: context and structure', () => {
  it('resolves "both sides" to the parties named before', () => {
    const text = "Bangladesh's foreign secretary met his Indian counterpart in Dhaka. Both sides agreed to resume direct flights.";
    const [a] = agreementsOf(text);
    expect(a.parties.map((p) => p.name).sort()).toEqual(['Bangladesh', 'India']);
    expect(a.action).toBe('resume direct flights');
  });

  it('reads a nominal decision: "A key decision … was to launch …"', () => {
    const text = 'Chile and Peru held talks in Lima. A key decision made during the meeting was to launch joint patrols against smuggling networks.';
    const [a] = agreementsOf(text);
    expect(a.status).toBe('agreed');
    expect(a.action).toBe('launch joint patrols against smuggling networks');
    expect(a.parties.map((p) => p.name).sort()).toEqual(['Chile', 'Peru']);
  });

  it('keeps two agreements of one sentence apart and folds restatements into one', () => {
    const text = 'Peru and Bolivia signed an agreement on Friday to jointly clean up Lake Titicaca, and pledged to share water data every month. The deal to clean up Lake Titicaca was signed in La Paz.';
    const got = agreementsOf(text);
    expect(got.map((a) => [a.id, a.status])).toEqual([['a1', 'signed'], ['a2', 'committed']]);
    expect(got[0].action).toBe('clean up Lake Titicaca');
    expect(got[1].action).toBe('share water data every month');
  });

  it('an offer restated as "welcomed the offer" stays one offer', () => {
    const text = 'The Japanese envoy offered technical support for flood forecasting to Nepal. The minister welcomed the offer of technical assistance for flood forecasting.';
    const got = agreementsOf(text);
    expect(got).toHaveLength(1);
    expect(got[0].status).toBe('offered');
  });

  it('gives the date a dates layer ties to the sentence', async () => {
    const { extractAgreements } = await import('../../src/agreements/extract.js');
    const { tokenize } = await import('../../src/text/tokens.js');
    const { splitSentences } = await import('../../src/text/sentences.js');
    const text = 'Ghana and Togo signed an energy deal on Monday.';
    const i = text.indexOf('Monday');
    const dates = [{ id: 'd1', start: i, end: i + 6, text: 'Monday', type: 'DATE' as const, value: '2025-05-26' }];
    const [a] = extractAgreements(text, splitSentences(text, tokenize(text)), { dates }, '2025-05-27');
    expect(a.date).toBe('2025-05-26');
  });
});

describe('agreements: bounded work', () => {
  it('reads a 100 kB run-on sentence in linear time', () => {
    const text = 'the two sides agreed to expand cooperation with Kenya and Uganda, which signed deals on trade and '.repeat(1000);
    const t0 = performance.now();
    agreementsOf(text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
