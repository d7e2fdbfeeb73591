import type { WordIndex } from '../people/words.js';

/**
 * Every further exact (case-sensitive) occurrence of each group's forms in words not yet
 * `taken`, in one pass over the words; found words are marked taken. Forms match word by word
 * ("Anti-Narcotics Force" is three words), starting and ending on word edges. Returns, per
 * group, the word ranges found.
 */
export function sweepForms(index: WordIndex, formsByGroup: readonly (readonly string[])[], taken: Uint8Array): { start: number; end: number }[][] {
  const out: { start: number; end: number }[][] = formsByGroup.map(() => []);
  const byFirst = new Map<string, { seq: string[]; group: number }[]>();
  formsByGroup.forEach((forms, group) => {
    for (const f of forms) {
      const seq = f.split(/[\s\-–]+/).filter(Boolean);
      if (seq.length === 0) continue;
      const list = byFirst.get(seq[0]) ?? [];
      list.push({ seq, group });
      byFirst.set(seq[0], list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.seq.length - a.seq.length);
  const { texts } = index;
  for (let k = 0; k < texts.length; k++) {
    if (taken[k]) continue;
    const candidates = byFirst.get(texts[k]);
    if (!candidates) continue;
    for (const { seq, group } of candidates) {
      if (k + seq.length > texts.length) continue;
      let ok = true;
      for (let d = 0; d < seq.length && ok; d++) ok = texts[k + d] === seq[d] && !taken[k + d];
      // "EU-wide", "NATO-led": an acronym inside a compound with a lower-case part is no mention
      if (ok && !index.words[k].first && /^\p{Ll}/u.test(texts[k - 1])) ok = false;
      if (ok && !index.words[k + seq.length - 1].last && /^\p{Ll}/u.test(texts[k + seq.length])) ok = false;
      if (!ok) continue;
      out[group].push({ start: k, end: k + seq.length });
      for (let d = 0; d < seq.length; d++) taken[k + d] = 1;
      k += seq.length - 1;
      break;
    }
  }
  return out;
}
