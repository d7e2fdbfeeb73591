import { describe, expect, it } from 'vitest';
import { loadJsonData } from '../../src/data-files.js';
import { holidayDay } from '../../src/dates/holidays.js';
import { fromDayNumber } from '../../src/dates/timex.js';

describe('data/dates lexicons', () => {
  it('every holiday rule yields a day, and the movable ones land where they should', () => {
    const { rules } = loadJsonData<{ rules: Record<string, string> }>('dates/holidays.json');
    for (const [name, rule] of Object.entries(rules)) {
      expect(name).toBe(name.toLowerCase());
      expect(Number.isFinite(holidayDay(rule, 2025))).toBe(true);
    }
    const day = (rule: string, y: number) => {
      const t = fromDayNumber(holidayDay(rule, y));
      return `${t.y}-${String(t.m).padStart(2, '0')}-${String(t.d).padStart(2, '0')}`;
    };
    expect(day(rules.thanksgiving, 2025)).toBe('2025-11-27');
    expect(day(rules.easter, 2024)).toBe('2024-03-31');
    expect(day(rules['good friday'], 2025)).toBe('2025-04-18');
    expect(day(rules['memorial day'], 2025)).toBe('2025-05-26');
    expect(day(rules['election day'], 2024)).toBe('2024-11-05');
  });

  it('tense cues are lower-case word lists', () => {
    const cues = loadJsonData<Record<string, unknown>>('dates/tense-cues.json');
    for (const key of ['future', 'pastIrregular', 'notPastEd', 'present']) {
      const list = cues[key] as string[];
      expect(list.length).toBeGreaterThan(0);
      for (const w of list) expect(w).toBe(w.toLowerCase());
    }
  });
});
