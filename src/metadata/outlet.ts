import type { InputMeta } from '../document/document.js';
import { knownOutlet } from '../lexicon/outlets.js';
import type { MetadataLayer, TextSpan } from '../pipeline/layers.js';
import type { DatelineMatch } from './dateline.js';
import type { Line } from './lines.js';

type Outlet = NonNullable<MetadataLayer['outlet']>;

const PUBLISHED_IN = /^[Pp]ublished in\s+(?:the\s+)?((?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3})/u;
/** "… on January 24, 2026. — APP", "… - Reuters", "(AFP)" at the end of a line. */
const TRAILING_CREDIT = /(?:\s[—–]\s?|\s-\s|[—–])\s*([\p{L}][\p{L}&'’. ]{0,38}[\p{L}])\s*$|\(([^()]{2,40})\)\s*$/u;
/** "Source: APP", "Courtesy: Reuters", "Via AFP" on a line of its own. */
const SOURCE_LINE = /^(?:source|courtesy|via|agencies?)\s*:?\s+(\p{L}[\p{L}&'’. -]{1,38}\p{L})\.?$/iu;
const EDGE_LINES = 3;

/**
 * The outlet or agency credited for the article: the input record's field, a dateline
 * credit, a "Published in …" footer, or a trailing credit ("— APP") on a header/footer line.
 */
export function findOutlet(lines: Line[], meta: InputMeta, dateline: DatelineMatch | null): Outlet | null {
  if (meta.outlet) return { name: knownOutlet(meta.outlet) ?? meta.outlet, basis: 'input', evidence: null };
  if (dateline?.credit) {
    const c = dateline.credit;
    return { name: knownOutlet(c.name) ?? c.name, basis: 'text', evidence: { start: c.start, end: c.end, text: c.name } };
  }
  const edges = lines.length <= 2 * EDGE_LINES ? lines : [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
  for (const line of edges) {
    const m = PUBLISHED_IN.exec(line.text);
    if (m) return credit(line, m[1], line.text.indexOf(m[1]));
  }
  for (const line of edges) {
    const m = SOURCE_LINE.exec(line.text);
    if (m && isSourceLine(line.text)) return credit(line, m[1], line.text.lastIndexOf(m[1]));
  }
  for (const line of edges) {
    const m = TRAILING_CREDIT.exec(line.text);
    if (!m) continue;
    const name = (m[1] ?? m[2]).trim();
    const known = knownOutlet(name);
    if (!known && !(m[1] && /^\p{Lu}{2,6}$/u.test(name))) continue;
    return credit(line, name, line.text.lastIndexOf(name));
  }
  return null;
}

/** A short line that only names the source: "Source: APP". */
export function isSourceLine(text: string): boolean {
  return text.length <= 50 && SOURCE_LINE.test(text);
}

function credit(line: Line, name: string, at: number): Outlet {
  const evidence: TextSpan = { start: line.start + at, end: line.start + at + name.length, text: name };
  return { name: knownOutlet(name) ?? name, basis: 'text', evidence };
}

/** The stretch of a line that is a trailing credit ("— APP"), to keep out of the facts. */
export function trailingCreditSpan(line: Line): TextSpan | null {
  const m = TRAILING_CREDIT.exec(line.text);
  if (!m) return null;
  const name = (m[1] ?? m[2]).trim();
  if (!knownOutlet(name) && !(m[1] && /^\p{Lu}{2,6}$/u.test(name))) return null;
  return { start: line.start + m.index, end: line.end, text: line.text.slice(m.index) };
}
