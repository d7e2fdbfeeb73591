import type { Tok } from './lexer.js';
import type { Core } from './core.js';
import { measure } from './measure.js';
import type { ScanEnv } from './scan.js';
import { isPersonNoun } from '../lexicon/units.js';

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


/** Sentence adverbs that are set off by commas like a name: "However, 25, not 30, …". */
const ADVERB = /ly$|^(?:however|meanwhile|yesterday|today|overall|also|still|now|then|instead|separately|earlier|later|moreover|furthermore|besides|indeed|thus|therefore|nevertheless|again|so|yet|here|there|in|of|and|but)$/i;

/**
 * "Imran Khan, 72, was jailed", "John Smith (45)": a bare whole number set off by commas or
 * brackets right after a capitalised name is the person's age.
 */
export function ageApposition(toks: Tok[], core: Core): boolean {
  if (core.spelled || !core.integer || core.value < 1 || core.value > 120 || core.end !== core.start + 1) return false;
  const open = toks[core.start - 1];
  const close = toks[core.end];
  const name = toks[core.start - 2];
  if (!open || !close || !name || name.k !== 'word' || !/^\p{Lu}/u.test(name.t)) return false;
  const paired = (open.t === ',' && close.t === ',') || (open.t === '(' && close.t === ')');
  // "In Lahore, 12, …" is no age: the name must be a person's (two capitalised words, or a title before)
  const prev = toks[core.start - 3];
  // "Mbadi, 68, told MPs": a capitalised name opening the sentence
  if (paired && core.start === 2 && /^\p{Lu}\p{Ll}+$/u.test(name.t) && !ADVERB.test(name.t)) return true;
  // "Last month, Wang, 45, …": a name set off by commas itself
  if (paired && prev?.t === ',' && /^\p{Lu}\p{Ll}+$/u.test(name.t) && !ADVERB.test(name.t)) return true;
  return paired && !!prev && prev.k === 'word' && /^\p{Lu}/u.test(prev.t);
}

/** "the suspect, 34, was arrested": a person noun set off the same way. */
export function agePersonApposition(toks: Tok[], core: Core): boolean {
  if (core.spelled || !core.integer || core.value < 1 || core.value > 120 || core.end !== core.start + 1) return false;
  const open = toks[core.start - 1];
  const close = toks[core.end];
  const noun = toks[core.start - 2];
  const paired = (open?.t === ',' && close?.t === ',') || (open?.t === '(' && close?.t === ')');
  // "Khan and his wife, both 50, were kidnapped"
  if (open?.l === 'both' && close?.t === ',' && noun?.t === ',') return true;
  return paired && noun?.k === 'word' && isPersonNoun(noun.l) && !/s$/.test(noun.l);
}

/** "one in three children", "six out of 10 voters": a proportion N/M; the figure spans both numbers. */
export function proportion(toks: Tok[], core: Core, parse: (k: number) => Core | null): { value: number; end: number } | null {
  if (!core.integer || core.value < 1) return null;
  const w = toks[core.end];
  const k = w?.l === 'in' ? core.end + 1 : w?.l === 'out' && toks[core.end + 1]?.l === 'of' ? core.end + 2 : -1;
  if (k < 0 || !toks[k] || toks[k].k === 'sym') return null;
  const den = parse(k);
  if (!den || !den.integer || den.value <= core.value || den.scaled || den.value > 1000) return null;
  // "1 in 2024" is a year, "3 in 10 minutes" a rate: the second number ends the phrase or a noun follows
  if (toks[den.end]?.k === 'num' || /^\d{4}$/.test(toks[den.start].t)) return null;
  return { value: core.value / den.value, end: den.end };
}

/** "3 hours ago", "two weeks later": a point in time, not a reported length. */
export function relativeTime(toks: Tok[], start: number, end: number): boolean {
  const w = toks[end]?.l ?? '';
  if (/^(?:ago|earlier|later|previously|back)$/.test(w)) return true;
  // "two days after the vote" places an event; "jailed for two years after …" is a length
  return /^(?:after|before)$/.test(w) && !/^(?:for|of|lasted|lasting|spent|spend|served|serve|serving|took|take|takes|waited|within|over)$/.test(toks[start - 1]?.l ?? '');
}

/** "the top 10 exporters", "a top-five finish": a rank, not a count. */
export function rankBefore(toks: Tok[], start: number): boolean {
  return /^(?:top|bottom)$/.test(toks[start - 1]?.l ?? '');
}

/** "12 x 15 feet", "2 m by 3 m": the first side of a dimension takes the unit written after the second. */
export function dimensionSide(toks: Tok[], m: NonNullable<ReturnType<typeof measure>>, env: ScanEnv): { unit: string; quantity: string; end: number } | null {
  if (m.unit && m.unit !== 'x') return null;
  const x = toks[m.core.end];
  if (!x || !/^(?:x|×|by)$/.test(x.l) || toks[m.core.end + 1]?.k !== 'num' || m.core.end !== (m.unit ? m.end - 1 : m.end)) return null;
  const second = measure(toks, m.core.end + 1, m.core.end + 1, env);
  const q = second?.quantity;
  return second?.unit && (q === 'length' || q === 'area') ? { unit: second.unit, quantity: q, end: m.core.end } : null;
}


const INSTRUMENT = /^(?:bonds?|yields?|notes?|treasury|treasuries|gilts?|bills?|paper|sukuks?|pibs?|eurobonds?|jgbs?|bunds?|securities|swaps?|t-bills?)$/i;

/** "the 10-year bond yield", "10-year JGB": a maturity naming an instrument, not a reported length. */
export function tenor(toks: Tok[], end: number): boolean {
  for (let k = end; k < end + 3 && toks[k]?.k === 'word'; k++) if (INSTRUMENT.test(toks[k].t)) return true;
  return false;
}

const CRICKET = /^(?:wickets?|overs?|innings|runs?|tests?|bowled|batting|bowling|lunch|tea|stumps|declared|took|odi|t20|spell|cricket)$/i;

/**
 * "Pakistan were 120 for three at lunch", "Simmons took four for 38": a cricket score (runs for
 * wickets, wickets for runs) is a result, not two figures. Returns the token after it, or null.
 */
export function cricketScore(toks: Tok[], core: Core, end: number, parse: (k: number) => Core | null): number | null {
  if (!core.integer || core.scaled || core.value > 999 || toks[end]?.l !== 'for') return null;
  const second = parse(end + 1);
  if (!second || !second.integer || second.scaled || second.value > 999) return null;
  if (Math.min(core.value, second.value) > 10) return null;
  const next = toks[second.end];
  if (next?.k === 'word' && /^\p{Ll}/u.test(next.t) && !STOP_AFTER.test(next.l)) return null;
  return toks.some((t) => t.k === 'word' && CRICKET.test(t.l)) ? second.end : null;
}
const STOP_AFTER = /^(?:at|in|on|off|after|before|when|with|and|but|by|as|from|to|declared|overnight)$/;
