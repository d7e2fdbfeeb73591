import type { Parser } from 'chrono-node/en';
import { regexParser } from './regex-parser.js';

/**
 * Dotted numeric dates ("06.12.2025", "6.12.25") are day-first wherever they are written
 * (chrono reads them month-first, as US slash dates).
 */
const dotted = regexParser(`(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d|\\d\\d)`, null, ({ m }) => {
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year = Number(m[3]);
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { k: 'cal', year, month, day };
});

/**
 * Hyphenated numeric dates ("05-12-2025") are day-first too: the US writes month-first dates with
 * slashes, while South Asian, African, Middle Eastern and European outlets use day-first hyphens.
 */
const hyphenated = regexParser(`(\\d{1,2})-(\\d{1,2})-((?:19|20)\\d\\d)`, null, ({ m }) => {
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { k: 'cal', year: Number(m[3]), month, day };
});

export const numericDateParsers: Parser[] = [dotted, hyphenated];
