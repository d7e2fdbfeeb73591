import type { MetadataLayer } from '../pipeline/layers.js';
import type { Line } from './lines.js';

export interface DatelineMatch {
  dateline: NonNullable<MetadataLayer['dateline']>;
  /** Outlet credited inside the dateline: "ISLAMABAD (Dunya News) -". */
  credit: { name: string; start: number; end: number } | null;
  /** Where the article text proper begins after the dateline marker. */
  bodyStart: number;
}

// "ISLAMABAD:", "ISLAMABAD (Dunya News) -", "LONDON, March 3 (Reuters) -", "NAIROBI, Kenya —", "DERA ISMAIL KHAN —"
const CAPS = /^(\p{Lu}[\p{Lu}'’.]*(?:[ -]\p{Lu}[\p{Lu}'’.]*){0,3})(?:\s*,\s*\p{Lu}[\p{L}.]*(?:\s+\d{1,2}|(?:\s+\p{Lu}\p{L}*){0,2}))?\s*(?:\(([^()\n]{2,40})\))?\s*(?::|[—–]|-{1,2})\s*/u;
// "Islamabad:" alone on a line, or "Abuja —" / "Karachi: The …" / "Peshawar, Dec 7:" opening a paragraph
const TITLE_CASE = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})(?:\s*,\s*\p{Lu}\p{Ll}*\.?\s+\d{1,2})?(?:\s*\(([^()\n]{2,40})\))?\s*(?::|[—–])(?:\s+(?=[\p{Lu}"“‘'])|\s*$)/u;
/** Words that open a line with a colon or dash but are not places. */
const NOT_PLACES = new Set(
  'note update updated editor photo photos video watch breaking read exclusive opinion analysis editorial comment source sources file caption credit disclaimer related summary highlights warning correction listen share follow by from tags topics meanwhile also and but the this that however question answer q a'.split(
    ' ',
  ),
);
const SEARCH_LINES = 12;

/** The dateline that opens the article body, searched in the first lines (after headlines and standfirsts). */
export function findDateline(lines: Line[]): DatelineMatch | null {
  for (const line of lines.slice(0, SEARCH_LINES)) {
    const m = CAPS.exec(line.text) ?? TITLE_CASE.exec(line.text);
    if (!m) continue;
    const place = m[1];
    if (!isPlaceLike(place, m[0] === line.text || /\s$/.test(m[0]) || m[2] !== undefined)) continue;
    const evidence = { start: line.start, end: line.start + place.length, text: place };
    let credit: DatelineMatch['credit'] = null;
    if (m[2] !== undefined) {
      const at = line.text.indexOf(`(${m[2]}`) + 1;
      credit = { name: m[2].trim(), start: line.start + at, end: line.start + at + m[2].length };
    }
    return { dateline: { place: normalizePlace(place), evidence }, credit, bodyStart: line.start + m[0].length };
  }
  return null;
}

function isPlaceLike(place: string, wellFormed: boolean): boolean {
  if (!wellFormed) return false;
  const letters = place.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  return !NOT_PLACES.has(place.toLowerCase()) && !place.split(/[ -]/).some((w) => NOT_PLACES.has(w.toLowerCase()) && w.length < 4);
}

/** "DERA ISMAIL KHAN" → "Dera Ismail Khan"; mixed case kept. */
export function normalizePlace(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[ \-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
