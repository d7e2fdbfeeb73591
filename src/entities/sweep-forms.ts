import type { WordIndex } from '../people/words.js';

/**
 * Every further exact (case-sensitive) occurrence of the given forms in words not yet
 * `taken`; found words are marked taken. Forms match word by word ("Anti-Narcotics Force"
 * is three words), starting and ending on word edges.
 */
export function sweepForms(index: WordIndex, forms: readonly string[], taken: Uint8Array): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const seqs = forms.map((f) => f.split(/[\s\-–]+/).filter(Boolean)).sort((a, b) => b.length - a.length);
  const { texts } = index;
  for (let k = 0; k < texts.length; k++) {
    if (taken[k]) continue;
    for (const seq of seqs) {
      if (seq.length === 0 || k + seq.length > texts.length) continue;
      let ok = true;
      for (let d = 0; d < seq.length && ok; d++) ok = texts[k + d] === seq[d] && !taken[k + d];
      if (!ok) continue;
      out.push({ start: k, end: k + seq.length });
      for (let d = 0; d < seq.length; d++) taken[k + d] = 1;
      k += seq.length - 1;
      break;
    }
  }
  return out;
}
