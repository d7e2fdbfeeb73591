import { labelType } from './labels.js';

const CONNECTORS = new Set(['of', 'the', 'and', 'for', '&', 'de', 'du', 'des', 'la', 'on', 'in']);

/** Initials of a capitalised word, hyphen parts counted separately (Anti-Narcotics → AN). */
function initials(word: string): string {
  return word
    .split('-')
    .filter((p) => /^\p{Lu}/u.test(p))
    .map((p) => p[0])
    .join('');
}

/** What the acronym scan reads of one token (the tagger caches it per distinct word). */
export interface AcronymWord {
  /** Starts with an upper-case then a lower-case letter ("Anti-Narcotics"). */
  named: boolean;
  /** A connector such as "of", "the" (any case). */
  connector: boolean;
  initials: string;
}

export function acronymWord(token: string): AcronymWord {
  return { named: /^\p{Lu}\p{Ll}/u.test(token), connector: CONNECTORS.has(token.toLowerCase()), initials: initials(token) };
}

/**
 * Acronyms the document spells out: every run of capitalised words (with connectors such as
 * "of the") maps its initials to the entity type the first pass gave its last word, so a
 * bare "ANF" inherits ORG from "Anti-Narcotics Force". Returns initials → type (or 'O').
 */
export function documentAcronyms(sents: readonly (readonly string[])[], labels: readonly (readonly number[])[]): Map<string, string> {
  const out = new Map<string, string>();
  sents.forEach((toks, s) => acronymsOfSentence(toks.map(acronymWord), 0, toks.length, (b) => labels[s][b], out));
  return out;
}

/** `documentAcronyms` for one sentence, `words[from..to)`, adding to `out`; `label(b)` is the first-pass label of `words[b]`. */
export function acronymsOfSentence(words: readonly AcronymWord[], from: number, to: number, label: (b: number) => number, out: Map<string, string>): void {
  for (let a = from; a < to; a++) {
    if (!words[a].named) continue;
    let acr = '';
    for (let b = a; b < to; b++) {
      const w = words[b];
      if (w.connector && b > a) continue;
      if (!w.named) break;
      acr += w.initials;
      if (acr.length >= 2 && !out.has(acr)) out.set(acr, labelType(label(b)) ?? 'O');
    }
  }
}

/** The acronym key of a token, if it looks like one (ANF, FIA, SOPs → SOP). */
export function acronymKey(token: string): string | null {
  const m = /^(\p{Lu}{2,6})s?$/u.exec(token);
  return m ? m[1] : null;
}
