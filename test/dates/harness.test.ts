import { describe, expect, it } from 'vitest';
import { readTimeML } from '../../src/dates/timeml.js';
import { countMatches, prf } from '../../src/dates/score.js';

const XML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-12-07" functionInDocument="CREATION_TIME">20251207</TIMEX3></DCT>
<TEXT>
Ministers <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-12-06">Saturday</TIMEX3> &amp; agreed to talk for <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.<TIMEX3 tid="t9" type="DATE" value="X" />
</TEXT>
</TimeML>`;

describe('TimeML reader', () => {
  it('reads the DCT, plain text and TIMEX3 extents', () => {
    const doc = readTimeML('x', XML);
    expect(doc.dct).toBe('2025-12-07');
    expect(doc.text).toContain('Ministers met Saturday & agreed');
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value])).toEqual([
      ['Saturday', 'DATE', '2025-12-06'],
      ['two weeks', 'DURATION', 'P2W'],
    ]);
  });
});

describe('TempEval-3 scoring', () => {
  const gold = [
    { start: 0, end: 8, value: '2025-12-06' },
    { start: 20, end: 33, value: 'P2W' },
    { start: 40, end: 44, value: '2024' },
  ];
  it('counts strict, relaxed (overlap) and value matches one-to-one', () => {
    const system = [
      { start: 0, end: 8, value: '2025-12-06' }, // strict, value ok
      { start: 24, end: 33, value: 'P3W' }, // relaxed only, wrong value
      { start: 50, end: 54, value: '2025' }, // spurious
    ];
    const c = countMatches(gold, system);
    expect(c).toMatchObject({ gold: 3, system: 3, strict: 1, relaxed: 2, value: 1 });
    expect(prf(c.relaxed, c.system, c.gold).f1).toBeCloseTo(2 / 3);
  });
});
