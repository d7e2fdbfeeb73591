import type { Tok } from './lexer.js';
import { HEDGES_AFTER, HEDGES_BEFORE } from './cues.js';

/** The hedge written just before token `start` ("more than", "nearly", "up to"), not reaching before `min`. */
export function hedgeBefore(toks: Tok[], start: number, min: number): { approximate: string; start: number } | null {
  for (const [words, value] of HEDGES_BEFORE) {
    const from = start - words.length;
    if (from < min) continue;
    let ok = true;
    for (let q = 0; q < words.length; q++) {
      if (toks[from + q].l !== words[q]) {
        ok = false;
        break;
      }
    }
    if (ok) return { approximate: value, start: from };
  }
  return null;
}

/** The hedge written just after token `end` ("or more", "-odd", "+"). */
export function hedgeAfter(toks: Tok[], end: number): { approximate: string; end: number } | null {
  for (const [words, value] of HEDGES_AFTER) {
    let ok = true;
    for (let q = 0; q < words.length; q++) {
      if (toks[end + q]?.l !== words[q]) {
        ok = false;
        break;
      }
    }
    if (ok && (words[0] !== '+' || toks[end].s === toks[end - 1].e) && (words[0] !== '-' || toks[end].s === toks[end - 1].e)) {
      return { approximate: value, end: end + words.length };
    }
  }
  return null;
}
