import { acronymKey, acronymWord, type AcronymWord } from './acronyms.js';
import type { CaseClass } from './word.js';
import { caseClass, isCapitalized, lowerKey, normToken, shape, shortShape } from './word.js';

/** Everything the NER features read from one token's text alone, computed once per distinct text. */
export interface WordEntry {
  /** `normToken(raw)`: the token as features see it. */
  tok: string;
  /** `lowerKey(tok)`. */
  key: string;
  cls: CaseClass;
  shape: string;
  sshape: string;
  /** `isCapitalized(tok)`. */
  cap: boolean;
  /** Gazetteer key of the normalised token, `normToken(tok).toLowerCase()`. */
  gazKey: string;
  /** Gazetteer key of the raw token, `normToken(raw).toLowerCase()`. */
  rawGazKey: string;
  /** The gazetteer key holds a letter or digit (phrases may start here). */
  alnum: boolean;
  /** A quote, bracket or sentence end after which the next token counts as sentence-first. */
  opener: boolean;
  /** A quote, bracket, dash or sentence end after which a capital is not "mid-sentence" (document context). */
  ctxOpener: boolean;
  /** `tok` holds an upper-case letter or a digit (the second pass counts such words' labels). */
  upperOrDigit: boolean;
  /** `acronymKey(raw)`: the acronym this token may abbreviate. */
  acronym: string | null;
  /** How `documentAcronyms` reads `tok`. */
  acr: AcronymWord;
}

const ALNUM = /[\p{L}\d]/u;
const OPENER = /^["'(.!?]$/;
const CTX_OPENER = /^["'(\[\-.!?]$/;
const UPPER_OR_DIGIT = /[\p{Lu}\d]/u;

/** Distinct token texts seen by this process; cleared when it grows past the cap (memory stays flat). */
const entries = new Map<string, WordEntry>();
const CAP = 100_000;

export function wordEntry(raw: string): WordEntry {
  let e = entries.get(raw);
  if (e) return e;
  const tok = normToken(raw);
  const gazKey = normToken(tok).toLowerCase();
  const rawGazKey = tok.toLowerCase();
  e = {
    tok,
    key: lowerKey(tok),
    cls: caseClass(tok),
    shape: shape(tok),
    sshape: shortShape(tok),
    cap: isCapitalized(tok),
    gazKey,
    // The same string object when equal, so the tagger's per-sentence comparison is a pointer check.
    rawGazKey: rawGazKey === gazKey ? gazKey : rawGazKey,
    alnum: ALNUM.test(gazKey),
    opener: OPENER.test(tok),
    ctxOpener: CTX_OPENER.test(tok),
    upperOrDigit: UPPER_OR_DIGIT.test(tok),
    acronym: acronymKey(raw),
    acr: acronymWord(tok),
  };
  if (entries.size >= CAP) entries.clear();
  entries.set(raw, e);
  return e;
}
