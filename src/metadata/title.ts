import type { InputMeta } from '../document/document.js';
import type { MetadataLayer, TextSpan } from '../pipeline/layers.js';
import type { Line } from './lines.js';

type Title = NonNullable<MetadataLayer['title']>;

/** A scraper header: " date 2026-01-24 <headline> — APP". */
export const HEADER_DATE = /^date\s+\d{4}-\d{2}-\d{2}\s+/i;
const MAX_TITLE_CHARS = 200;
const MAX_TITLE_WORDS = 30;

export interface TitleMatch {
  title: Title | null;
  /** Offset just past the headline line(s) (a repeated headline included); 0 when none. */
  end: number;
}

/**
 * The headline: the input record's title, else the first line when it reads as a headline
 * (short, no sentence-final period, followed by more text). A headline printed twice is one title.
 */
export function findTitle(lines: Line[], meta: InputMeta, isDatelineStart: (line: Line) => boolean, creditOf: (line: Line) => TextSpan | null): TitleMatch {
  const first = lines[0];
  let match: TitleMatch = { title: null, end: 0 };
  if (first && lines.length > 1) {
    const header = HEADER_DATE.exec(first.text);
    if (header) {
      const credit = creditOf(first);
      const start = first.start + header[0].length;
      const end = credit ? credit.start : first.end;
      const text = first.text.slice(header[0].length, end - first.start).trim();
      if (text) match = { title: { text, basis: 'text', evidence: { start, end: start + text.length, text } }, end: first.end };
      else match.end = first.end;
    } else if (looksLikeHeadline(first.text) && !isDatelineStart(first)) {
      const evidence: TextSpan = { start: first.start, end: first.end, text: first.text };
      match = { title: { text: first.text, basis: 'text', evidence }, end: first.end };
    }
    if (match.title && lines[1]?.text === match.title.text) match.end = lines[1].end;
  }
  if (meta.title) match = { ...match, title: { text: meta.title, basis: 'input', evidence: null } };
  return match;
}

function looksLikeHeadline(s: string): boolean {
  if (s.length > MAX_TITLE_CHARS || s.split(/\s+/).length > MAX_TITLE_WORDS) return false;
  if (/[.;,:]$/.test(s)) return false;
  return /\p{Lu}/u.test(s[0] ?? '') || /^["“‘'\d]/.test(s);
}
