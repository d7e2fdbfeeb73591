import { lookupTable } from '../text/lookup-table.js';
/** One gold TIMEX3 of a TimeML document: its extent in the plain text and its attributes. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** A TimeML document reduced to what date evaluation needs. */
export interface TimeMLDoc {
  id: string;
  /** The document creation time (YYYY-MM-DD), the reference date for relative expressions. */
  dct: string | null;
  /** The content of `<TEXT>` with every tag removed and entities decoded. */
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = lookupTable({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" });

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

function attr(tag: string, name: string): string {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : '';
}

/** Parses a TimeML file: the DCT value and the `<TEXT>` body with TIMEX3 extents in plain-text offsets. */
export function readTimeML(id: string, xml: string): TimeMLDoc {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml);
  const dctValue = dctTag ? attr(dctTag[1], 'value') : '';
  const dct = /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: { start: number; type: string; value: string }[] = [];
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    if (m[4] !== undefined) {
      text += decodeEntities(m[4]);
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '') {
      if (m[3].trimEnd().endsWith('/')) continue; // empty (non-markable) TIMEX3
      open.push({ start: text.length, type: attr(m[0], 'type'), value: attr(m[0], 'value') });
    } else {
      const o = open.pop();
      if (o) timexes.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), type: o.type, value: o.value });
    }
  }
  timexes.sort((a, b) => a.start - b.start);
  return { id, dct, text, timexes };
}
