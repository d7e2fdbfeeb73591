import { lookupTable } from '../text/lookup-table.js';
const MONTHS: Record<string, number> = lookupTable({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
});

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;

/** Full calendar dates as publication lines write them; each returns [year, month, day]. */
const FORMS: { re: RegExp; pick: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: new RegExp(String.raw`\b${YEAR}-(\d{2})-(\d{2})\b`), pick: (m) => [m[1], m[2], m[3]] },
  { re: new RegExp(String.raw`\b${MONTH}\s+${DAY},?\s+${YEAR}\b`, 'i'), pick: (m) => [m[3], m[1], m[2]] },
  { re: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH},?\s+${YEAR}\b`, 'i'), pick: (m) => [m[3], m[2], m[1]] },
  { re: new RegExp(String.raw`/${YEAR}/(\d{2})/(\d{2})/`), pick: (m) => [m[1], m[2], m[3]] },
];

export interface FoundDate {
  date: string;
  start: number;
  end: number;
}

/** The first full calendar date (year, month, day all stated) in `s`, as YYYY-MM-DD with its offsets. */
export function findFullDate(s: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, pick } of FORMS) {
    const m = re.exec(s);
    if (!m) continue;
    const [y, mo, d] = pick(m);
    const month = /^\d+$/.test(mo) ? Number(mo) : MONTHS[mo.toLowerCase().replace('.', '')];
    const date = isoDate(Number(y), month, Number(d));
    if (date && (!best || m.index < best.start)) best = { date, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

export function isoDate(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
