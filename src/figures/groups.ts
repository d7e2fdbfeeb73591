import type { Tok } from './lexer.js';
import type { NounPhrase } from './counted.js';

/**
 * Groups of people a figure counts without naming a noun: "15 were killed", "the blast killed
 * seven"; and a capitalised name after a compound ("a 266-member National Assembly").
 */
export const FATES = new Set(['killed', 'dead', 'died', 'injured', 'wounded', 'hurt', 'missing', 'arrested', 'detained', 'abducted', 'kidnapped', 'drowned', 'hospitalised', 'hospitalized', 'rescued', 'evacuated', 'displaced', 'feared', 'martyred', 'slain', 'executed', 'deported', 'stranded', 'trapped']);
export const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been']);
const FATE_AUX = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'reportedly', 'also', 'later', 'being', 'remain', 'remained', 'confirmed']);

/** The fate of an unnamed group right after its number: "15 were killed", "three died", "12 are missing". */
export function casualtyAfter(toks: Tok[], j: number): string | null {
  let k = j;
  while (toks[k] && FATE_AUX.has(toks[k].l) && k < j + 3) k++;
  const v = toks[k];
  return v && FATES.has(v.l) && (k > j || /^(?:died|drowned)$/.test(v.l)) ? v.l : null;
}

/** A capitalised name after a compound: "a 266-member National Assembly". */
export function nameAfter(toks: Tok[], j: number): NounPhrase | null {
  let k = j;
  while (k < j + 4 && toks[k]?.k === 'word' && /^\p{Lu}/u.test(toks[k].t)) k++;
  return k > j ? { words: toks.slice(j, k).map((t) => t.t), start: j, end: k, anaphoric: false } : null;
}

