import type { Token } from './tokens.js';

/** A sentence of the repaired text: offsets into `doc.text` and the indexes of its tokens. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token and one past the last in the document's token array. */
  tokenStart: number;
  tokenEnd: number;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/**
 * Splits tokens into sentences: at . ! ? (with closing quotes/brackets) followed by a
 * capital, digit or quote, and always at a blank line or a line break (headlines, datelines).
 */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last < first) return;
    out.push({ start: tokens[first].start, end: tokens[last].end, tokenStart: first, tokenEnd: last + 1 });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (next && /\n/.test(text.slice(tokens[i].end, next.start))) {
      close(i);
      continue;
    }
    const t = tokens[i].text;
    if (t !== '.' && t !== '!' && t !== '?') continue;
    let last = i;
    while (tokens[last + 1] && CLOSERS.has(tokens[last + 1].text) && tokens[last + 1].start === tokens[last].end) last++;
    const after = tokens[last + 1];
    if (!after) continue;
    if (/^[\p{Lu}\d"“‘'(]/u.test(after.text) && after.start > tokens[last].end) {
      close(last);
      i = last;
    }
  }
  close(tokens.length - 1);
  return out;
}
