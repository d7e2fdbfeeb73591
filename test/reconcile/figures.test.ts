import { describe, expect, it } from 'vitest';
import { differentValues, sameValue } from '../../src/reconcile/figure-relation.js';
import { figureKeys, roundingTolerance } from '../../src/reconcile/units.js';
import type { Figure } from '../../src/schema/article.js';

type F = Partial<Figure> & Pick<Figure, 'value' | 'unit'>;
const fig = (x: F): Figure => ({
  id: 'f1',
  start: 0,
  end: 1,
  text: 'x',
  quantity: 'count',
  approximate: null,
  counts: null,
  change: null,
  sentence: { start: 0, end: 1, text: 'x' },
  ...x,
});

describe('figure equivalence (unit table)', () => {
  it.each([
    ['47% / 47 percent', { value: 47, unit: '%' }, { value: 47, unit: 'percent' }, null],
    ['134 tonnes / 134 tons (ambiguous ton)', { value: 134, unit: 't' }, { value: 134, unit: 'ton' }, /ambiguous/],
    ['1.2 km / 1,200 m', { value: 1.2, unit: 'km' }, { value: 1200, unit: 'm' }, null],
    ['2,001 suspects / 2,001 (bare count)', { value: 2001, unit: 'person' }, { value: 2001, unit: '' }, null],
    ['$12.797 billion twice', { value: 12797000000, unit: 'USD' }, { value: 12797000000, unit: 'USD' }, null],
  ])('same value: %s', (_, a, b, note) => {
    const r = sameValue(fig(a), fig(b));
    expect(r.same).toBe(true);
    if (note) expect(r.note).toMatch(note);
    else expect(r.note).toBeNull();
  });

  it.each([
    ['USD vs PKR', { value: 5, unit: 'USD' }, { value: 5, unit: 'PKR' }],
    ['percent vs percentage points', { value: 2, unit: '%' }, { value: 2, unit: 'pp' }],
    ['tonnes vs kg of the same number', { value: 134, unit: 't' }, { value: 134, unit: 'kg' }],
    ['two different hedges', { value: 200, unit: 'person', approximate: 'more-than' }, { value: 200, unit: 'person', approximate: 'about' }],
    ['increase vs decrease', { value: 5, unit: '%', change: 'increase' as const }, { value: 5, unit: '%', change: 'decrease' as const }],
  ])('not the same value: %s', (_, a, b) => {
    expect(sameValue(fig(a), fig(b)).same).toBe(false);
  });

  it('the same number with and without a hedge is one figure, marked hedged (a variant)', () => {
    expect(sameValue(fig({ value: 37, unit: 'person', approximate: 'at-least' }), fig({ value: 37, unit: 'person' }))).toEqual({ same: true, note: null, hedged: true });
    expect(sameValue(fig({ value: 47, unit: '%' }), fig({ value: 47, unit: '%' })).hedged).toBe(false);
  });

  it.each([
    ['about 1.5 million vs 1,498,000', { value: 1500000, unit: 'person', approximate: 'about', counts: 'people displaced' }, { value: 1498000, unit: 'person', counts: 'people displaced' }, 'variant'],
    ['1.5 million vs 1,498,000 (rounding)', { value: 1500000, unit: 'person', counts: 'people displaced' }, { value: 1498000, unit: 'person', counts: 'displaced people' }, 'variant'],
    ['more than 200 vs 215', { value: 200, unit: 'person', approximate: 'more-than', counts: 'people killed' }, { value: 215, unit: 'person', counts: 'people killed' }, 'variant'],
    ['more than 200 vs 150: a bound broken', { value: 200, unit: 'person', approximate: 'more-than', counts: 'people killed' }, { value: 150, unit: 'person', counts: 'people killed' }, 'genuine'],
    ['12 vs 15 killed (same slot)', { value: 12, unit: 'person', counts: 'people killed' }, { value: 15, unit: 'person', counts: 'people killed' }, 'genuine'],
    ['2,001 vs 2,100 suspects arrested', { value: 2001, unit: 'person', counts: 'suspects arrested' }, { value: 2100, unit: 'person', counts: 'suspects arrested' }, 'genuine'],
    ['10–15% vs 12%', { value: { low: 10, high: 15 }, unit: '%', counts: 'growth' }, { value: 12, unit: '%', counts: 'growth' }, 'variant'],
  ])('%s → %s', (_, a, b, expected) => {
    expect(differentValues(fig(a), fig(b))).toBe(expected);
    expect(differentValues(fig(b), fig(a))).toBe(expected);
  });

  it.each([
    ['different counted things', { value: 75, unit: 'person', counts: 'foreign nationals arrested' }, { value: 2001, unit: 'person', counts: 'suspects detained' }],
    ['unknown counted thing, values apart', { value: 75, unit: 'person' }, { value: 110, unit: 'person' }],
    ['different dimensions', { value: 134, unit: 't', counts: 'drugs' }, { value: 40659, unit: 'acre', counts: 'drugs' }],
    ['a bound about another thing', { value: 37, unit: 'person', approximate: 'at-least', counts: 'people died' }, { value: 4800, unit: 'person', approximate: 'about', counts: 'people moved' }],
  ])('not about one thing: %s', (_, a, b) => {
    expect(differentValues(fig(a), fig(b))).toBeNull();
  });

  it('reads what a figure counts from the words beside it when `counts` is thin', () => {
    const s1 = 'The quake struck on Sunday, killing 42 people and injuring 310.';
    const s2 = 'At least 48 people were killed and 310 injured.';
    const at = (s: string, t: string) => ({ start: s.indexOf(t), end: s.indexOf(t) + t.length, text: t, sentence: { start: 0, end: s.length, text: s } });
    const a = fig({ value: 42, unit: 'person', counts: 'people', ...at(s1, '42 people') });
    const b = fig({ value: 48, unit: 'person', approximate: 'at-least', counts: 'people killed', ...at(s2, 'At least 48 people') });
    expect(differentValues(a, b)).toBe('genuine');
    const c = fig({ value: 310, unit: 'person', counts: 'injured', ...at(s1, '310') });
    expect(differentValues(c, b)).toBeNull();
  });

  it('rounding tolerance is half the last significant place of a round number', () => {
    expect(roundingTolerance(1500000)).toBe(50000);
    expect(roundingTolerance(1498000)).toBe(500);
    expect(roundingTolerance(12)).toBe(0);
    expect(roundingTolerance(2001)).toBe(0);
  });

  it('years, durations and small counts are not clustering evidence; specific figures are', () => {
    expect(figureKeys(fig({ value: 2025, unit: '' }))).toEqual([]);
    expect(figureKeys(fig({ value: 5, unit: 'year', quantity: 'duration' }))).toEqual([]);
    expect(figureKeys(fig({ value: 3, unit: 'person' }))).toEqual([]);
    expect(figureKeys(fig({ value: 47, unit: '%' }))).toEqual(['percent:47:47']);
    expect(figureKeys(fig({ value: 134, unit: 't' }))[0]).toBe('mass:134000:134000');
    expect(figureKeys(fig({ value: 134, unit: 'ton' }))).toContain('mass:134000:134000');
  });
});
