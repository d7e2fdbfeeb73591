import type { Tok } from './lexer.js';
import type { Core } from './core.js';

/**
 * Small readings of the words around a number that the scanner consults: a number that only
 * refers back to things already named ("the two countries"), a percentage written before its
 * number ("per cent of 210"), an earthquake's magnitude ("magnitude 7.4").
 */

/** Determiners that make "the two countries" a reference to things named before, not a count being reported. */
const DEFINITE = new Set(['the', 'these', 'those']);

/**
 * "officials of the two countries", "the three suspects were produced in court", "one of the
 * two": a small spelled number after a definite determiner names a group the reader already
 * knows; the figure was (or would be) reported where the group was introduced. Digits ("the
 * 150 passengers"), "all three", hyphen compounds ("the three-member panel") stay figures.
 */
export function definiteReference(toks: Tok[], core: Core, compound: string | null): string | null {
  if (!core.spelled || !core.integer || core.scaled || core.value < 2 || core.value > 12 || compound !== null) return null;
  if (core.end !== core.start + 1) return null;
  const det = toks[core.start - 1];
  return det && DEFINITE.has(det.l) ? 'reference' : null;
}

/** "a magnitude 7.4 earthquake", "a magnitude-6.1 quake". */
export function magnitudeBefore(toks: Tok[], start: number): boolean {
  const b = toks[start - 1];
  return b?.l === 'magnitude' || (b?.t === '-' && toks[start - 2]?.l === 'magnitude');
}

/** "per cent of 210", "percents of twenty" (no number before the percent word): the number is the percentage. */
export function percentOf(toks: Tok[], at: number, end: number, floor: number): number {
  if (toks[at - 1]?.l !== 'of') return -1;
  const w = toks[at - 2];
  let k = w && /^(?:percent|percents|pct)$/.test(w.l) ? at - 2 : w && /^cents?$/.test(w.l) && toks[at - 3]?.l === 'per' ? at - 3 : -1;
  if (k < floor || k < 0) return -1;
  const before = toks[k - 1];
  if (before && (before.k === 'num' || before.k === 'frac' || /^(?:a|the|what|which|this|that|high|low|higher|lower|same|per)$/.test(before.l))) return -1;
  const next = toks[end];
  if (next && !(next.k === 'sym' && /^[.,;:!?)]$/.test(next.t))) return -1;
  return k;
}

