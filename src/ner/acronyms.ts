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

/**
 * Acronyms the document spells out: every run of capitalised words (with connectors such as
 * "of the") maps its initials to the entity type the first pass gave its last word, so a
 * bare "ANF" inherits ORG from "Anti-Narcotics Force". Returns initials → type (or 'O').
 */
export function documentAcronyms(sents: readonly (readonly string[])[], labels: readonly (readonly number[])[]): Map<string, string> {
  const out = new Map<string, string>();
  sents.forEach((toks, s) => {
    for (let a = 0; a < toks.length; a++) {
      if (!/^\p{Lu}\p{Ll}/u.test(toks[a])) continue;
      let acr = '';
      for (let b = a; b < toks.length; b++) {
        const t = toks[b];
        if (CONNECTORS.has(t.toLowerCase()) && b > a) continue;
        if (!/^\p{Lu}\p{Ll}/u.test(t)) break;
        acr += initials(t);
        if (acr.length >= 2 && !out.has(acr)) out.set(acr, labelType(labels[s][b]) ?? 'O');
      }
    }
  });
  return out;
}

/** The acronym key of a token, if it looks like one (ANF, FIA, SOPs → SOP). */
export function acronymKey(token: string): string | null {
  const m = /^(\p{Lu}{2,6})s?$/u.exec(token);
  return m ? m[1] : null;
}
