import { lookupTable } from '../text/lookup-table.js';
/** Small closed word classes of English temporal grammar (numbers, units, months, weekdays, seasons, parts of day). */

export const NUMBER_WORDS: Record<string, number> = lookupTable({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, half: 0.5, couple: 2,
});

/** Spelled numbers as one regex alternative ("twenty four", "twenty-four", "a hundred"). */
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
export const NUMBER_PATTERN = `(?:\\d+(?:[.,]\\d+)?(?:\\s+\\d/\\d)?|(?:${TENS_WORDS})(?:[\\s-](?:${UNITS_WORDS.split('|').slice(0, 9).join('|')}))?|${UNITS_WORDS}|a\\s+hundred|hundreds|a\\s+dozen|dozens|a\\s+half|an?|a\\s+couple\\s+of|half\\s+an?)`;

/** Value of a number phrase matched by NUMBER_PATTERN; null when it is vague. */
export function numberValue(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const frac = /^(\d+) (\d)\/(\d)$/.exec(s);
  if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  if (/^\d/.test(s)) return Number(s.replace(/,/g, ''));
  if (s === 'hundreds' || s === 'dozens') return null;
  if (s === 'a hundred') return 100;
  if (s === 'a dozen') return 12;
  if (s === 'a half' || s.startsWith('half')) return 0.5;
  if (s === 'a couple of') return 2;
  let total = 0;
  for (const w of s.split(/[\s-]+/)) {
    const v = NUMBER_WORDS[w];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

export const UNIT_PATTERN = '(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|millenni(?:um|a))s?';

export function unitName(raw: string): string {
  const s = raw.toLowerCase();
  if (s.startsWith('centur')) return 'century';
  if (s.startsWith('millenni')) return 'millennium';
  return s.replace(/s$/, '');
}

export const MONTHS: Record<string, number> = lookupTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
});
export const MONTH_PATTERN = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)';

export function monthNumber(raw: string): number {
  return MONTHS[raw.toLowerCase().replace(/\.$/, '')] ?? 0;
}

export const WEEKDAYS: Record<string, number> = lookupTable({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});
export const WEEKDAY_PATTERN = '(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)';

export const SEASONS: Record<string, string> = lookupTable({ spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' });
export const SEASON_PATTERN = '(?:spring|summer|autumn|fall|winter)';

/** Parts of the day → TIMEX3 codes. */
export const DAY_PARTS: Record<string, string> = lookupTable({
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI',
});
