import { describe, expect, it } from 'vitest';
import { dayNumber, durationValue, isoWeek } from '../../src/dates/timex.js';
import { resolveSpec } from '../../src/dates/resolve.js';

describe('TIMEX3 formatting', () => {
  it.each([
    [5, 'year', 'P5Y'],
    [3, 'hour', 'PT3H'],
    [1.5, 'year', 'P1Y6M'],
    [0.5, 'hour', 'PT30M'],
    [2, 'decade', 'P20Y'],
    [null, 'month', 'PXM'],
    [1, 'fortnight', 'P2W'],
  ] as const)('%s %s → %s', (n, unit, value) => expect(durationValue(n, unit)).toBe(value));

  it.each([
    ['2025-12-07', '2025-W49'],
    ['2025-12-01', '2025-W49'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
  ])('ISO week of %s is %s', (date, week) => {
    const [y, m, d] = date.split('-').map(Number);
    expect(isoWeek(dayNumber(y, m, d))).toBe(week);
  });
});

describe('resolving against the reference date', () => {
  const REF = '2025-12-07';
  it.each([
    [{ k: 'cal', weekday: 6 }, 'past', '2025-12-06'],
    [{ k: 'cal', weekday: 0 }, 'past', '2025-12-07'],
    [{ k: 'cal', weekday: 1 }, 'future', '2025-12-08'],
    [{ k: 'cal', weekday: 5, dir: -1 }, 'future', '2025-12-05'],
    [{ k: 'cal', quarter: 4 }, 'past', '2025-Q4'],
    [{ k: 'cal', quarter: 1 }, 'future', '2025-Q1'],
    [{ k: 'cal', month: 12, day: 25 }, null, '2025-12-25'],
    [{ k: 'cal', month: 1, day: 2 }, null, '2026-01-02'],
    [{ k: 'cal', season: 'SU', dir: -1 }, null, '2025-SU'],
    [{ k: 'cal', lastQuarter: true, offset: -4 }, null, '2024-Q3'],
    [{ k: 'rel', unit: 'W', offset: -1 }, null, '2025-W48'],
    [{ k: 'rel', unit: 'M', offset: -12 }, null, '2024-12'],
    [{ k: 'rel', unit: 'WE', offset: 0 }, null, '2025-W49-WE'],
  ] as const)('%j (%s) → %s', (spec, tense, value) => {
    expect(resolveSpec(spec as never, REF, tense).value).toBe(value);
  });
});
