/** The words of a region of a sentence, for the capitalised-name fallback of partiesIn. */

const WORD = /[\p{Lu}][\p{L}\p{M}\d'’.-]*|[\p{Ll}\d][\p{L}\p{M}\d'’.-]*|[^\s]/gu;

export interface Word {
  start: number;
  end: number;
  text: string;
}

/** The words of text[from, to), as WORD finds them in that slice. */
export function words(text: string, from: number, to: number): Word[] {
  // Read in place (no copy of the region): a word running past `to` is cut there, as the slice
  // would cut it. Only an edge splitting a surrogate pair reads differently: then the slice.
  if (splitsPair(text, from) || splitsPair(text, to)) return wordsOfSlice(text, from, to);
  const out: Word[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && m.index < to) {
    const end = m.index + m[0].length;
    out.push(end <= to ? { start: m.index, end, text: m[0] } : { start: m.index, end: to, text: text.slice(m.index, to) });
    if (end >= to) break;
  }
  return out;
}

export function wordsOfSlice(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  return out;
}

/** A high surrogate before `at` and a low one at it. */
function splitsPair(text: string, at: number): boolean {
  const lo = text.charCodeAt(at);
  const hi = text.charCodeAt(at - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff;
}
