import type { InputMeta } from '../document/document.js';
import type { MetadataLayer, TextSpan } from '../pipeline/layers.js';
import { findFullDate } from './date-string.js';
import type { Line } from './lines.js';

/** Lines that state a publication date, and the part of the page they may appear in. */
const PUBLICATION_MARKER = /^(?:(?:first |originally )?published|updated|last updated|posted|posted on|dated?|printed)\b(?:\s+(?:on|at|in))?/i;
const PUBLISHED_IN = /^published in\s+/i;
/** A byline carrying a date: "By Jane Doe | December 7, 2025". */
const BYLINE = /^by\s+\p{Lu}/iu;
const HEAD_LINES = 8;
const FOOT_LINES = 3;

type Published = NonNullable<MetadataLayer['published']>;

/**
 * The publication date, in order of authority: the input record's field, a date stated as a
 * publication date in the text (header/footer lines with a marker, a byline date, a bare date
 * line in the header), a date in the record's URL, then `--published`. Never a body date.
 */
export function findPublished(lines: Line[], meta: InputMeta): Published | null {
  if (meta.published) return { date: meta.published, basis: 'input', evidence: null };
  const fromText = publishedInText(lines);
  if (fromText) return fromText;
  const inUrl = meta.url ? findFullDate(meta.url) : null;
  if (inUrl) return { date: inUrl.date, basis: 'input', evidence: null };
  if (meta.publishedOption) return { date: meta.publishedOption, basis: 'option', evidence: null };
  return null;
}

function publishedInText(lines: Line[]): Published | null {
  const head = lines.slice(0, HEAD_LINES);
  const foot = lines.length > HEAD_LINES ? lines.slice(Math.max(HEAD_LINES, lines.length - FOOT_LINES)) : [];
  for (const line of [...head, ...foot]) {
    const isHead = head.includes(line);
    if (!(PUBLICATION_MARKER.test(line.text) || BYLINE.test(line.text) || (isHead && isBareDateLine(line.text)))) continue;
    const found = findFullDate(line.text);
    if (!found) continue;
    // A marker line must be short: a sentence that merely starts with "Updated" is not a credit.
    if (line.text.length > 160 && !/^\s*date\s+\d{4}-/i.test(line.text)) continue;
    const evidence: TextSpan = { start: line.start + found.start, end: line.start + found.end, text: line.text.slice(found.start, found.end) };
    return { date: found.date, basis: 'text', evidence };
  }
  return null;
}

/** A header line that is only a date (with weekday, time, zone): "Sunday, December 7, 2025 10:31 PM PKT". */
function isBareDateLine(s: string): boolean {
  const found = findFullDate(s);
  if (!found) return false;
  const rest = (s.slice(0, found.start) + ' ' + s.slice(found.end)).replace(
    /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|\b[ap]\.?m\.?\b|\b[A-Z]{2,5}\b|[,|•·\-–—:]/gi,
    '',
  );
  return rest.trim() === '';
}

/** Lines whose whole purpose is a credit ("Published in Dawn, December 7th, 2025"): no facts from them. */
export function isCreditLine(text: string): boolean {
  return (PUBLISHED_IN.test(text) || (PUBLICATION_MARKER.test(text) && text.length < 100)) && findFullDate(text) !== null;
}
