import type { Tok } from './lexer.js';
import { DECREASE_NOUNS, DECREASE_VERBS, INCREASE_NOUNS, INCREASE_VERBS } from './cues.js';

export type Change = 'increase' | 'decrease' | null;

const dirOf = (l: string, nouns: boolean): Change =>
  nouns
    ? INCREASE_NOUNS.has(l) ? 'increase' : DECREASE_NOUNS.has(l) ? 'decrease' : null
    : INCREASE_VERBS.has(l) ? 'increase' : DECREASE_VERBS.has(l) ? 'decrease' : null;

/** "47% decline", "a 5 per cent rise": the change noun right after the figure. */
export function changeNounAfter(toks: Tok[], end: number): { change: Change; end: number } | null {
  for (let k = end; k < end + 2 && k < toks.length; k++) {
    const t = toks[k];
    const c = dirOf(t.l, true);
    if (c) return { change: c, end: k + 1 };
    if (!(t.l === 'year-on-year' || t.l === 'annual' || t.l === 'overall' || t.l === 'net' || t.l === 'sharp' || t.l === 'steep' || t.t === '-')) break;
  }
  return null;
}

/** ", up from", "up" or "down" right after the figure: "52.3%, up from 48.9%". */
export function changeAdverbAfter(toks: Tok[], end: number): Change {
  let k = end;
  if (toks[k]?.t === ',') k++;
  const t = toks[k];
  if (!t) return null;
  if (t.l === 'up' || t.l === 'higher') return 'increase';
  if (t.l === 'down' || t.l === 'lower') return 'decrease';
  return null;
}

const BRIDGE = new Set(['by', 'to', 'nearly', 'about', 'around', 'almost', 'some', 'over', 'more', 'than', 'a', 'an', 'the', 'its', 'their', 'his', 'her', 'further', 'sharply', 'slightly', 'significantly', 'another', 'just', 'roughly', 'approximately', 'has', 'have', 'had', 'was', 'were', 'been', 'reportedly']);

/**
 * A change verb before the figure within its clause ("rose 10-15%", "fell by 4.2 percentage
 * points", "raised its policy rate by 150 basis points", "widened to PKR 3.4 trillion").
 * `via` tells whether the figure is the amount of change ("by") or the new level ("to").
 */
export function changeVerbBefore(toks: Tok[], start: number, min: number): { change: Change; via: 'by' | 'to' | 'direct'; verb: string } | null {
  let via: 'by' | 'to' | 'direct' = 'direct';
  let content = 0;
  for (let k = start - 1; k >= min && k >= start - 7; k--) {
    const t = toks[k];
    if (t.k !== 'word') return null;
    if (t.l === 'from') return null;
    const c = dirOf(t.l, false);
    if (c && (k === start - 1 || !(t.l === 'up' || t.l === 'down' || t.l === 'higher' || t.l === 'lower'))) return { change: c, via, verb: t.l };
    if (t.l === 'by') via = 'by';
    else if (t.l === 'to' && via === 'direct') via = 'to';
    else if (!BRIDGE.has(t.l)) {
      if (++content > 3) return null;
    }
  }
  return null;
}
