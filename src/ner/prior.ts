import { acronymKey, documentAcronyms } from './acronyms.js';
import { LABELS, labelSpans } from './labels.js';
import { caseClass, lowerKey, normToken } from './word.js';

/**
 * Stacking features for the second pass, from the first pass's labels over the whole
 * document: the token's own first-pass label and its neighbours', and how the OTHER
 * occurrences of the same word were labelled (type and place in the entity), so "Naqvi"
 * alone inherits PER from "Mohsin Naqvi" two paragraphs up.
 */
export function priorFeatures(raw: readonly (readonly string[])[], labels: readonly (readonly number[])[]): string[][][] {
  const own: string[][][] = raw.map((toks) => toks.map(() => []));
  const totals = new Map<string, Map<string, number>>();
  const keys = raw.map((toks) => toks.map((t) => normToken(t)).map((t) => (/[\p{Lu}\d]/u.test(t) && caseClass(t) !== 'lower' ? lowerKey(t) : '')));
  raw.forEach((toks, s) => {
    const tags = own[s];
    for (let i = 0; i < toks.length; i++) tags[i].push('O');
    for (const span of labelSpans(labels[s])) {
      for (let i = span.start; i < span.end; i++) {
        const pos = span.end - span.start === 1 ? 'S' : i === span.start ? 'B' : i === span.end - 1 ? 'E' : 'I';
        tags[i] = [span.type, `${span.type}:${pos}`];
      }
    }
    toks.forEach((_, i) => {
      const k = keys[s][i];
      if (!k) return;
      let m = totals.get(k);
      if (!m) totals.set(k, (m = new Map()));
      for (const t of tags[i]) m.set(t, (m.get(t) ?? 0) + 1);
    });
  });
  const acronyms = documentAcronyms(raw.map((t) => t.map(normToken)), labels);
  return raw.map((toks, s) =>
    toks.map((tok, i) => {
      const lab = labels[s];
      const f = [`pr=${LABELS[lab[i]]}`, `pr-1=${i > 0 ? LABELS[lab[i - 1]] : '<s>'}`, `pr+1=${i + 1 < toks.length ? LABELS[lab[i + 1]] : '</s>'}`];
      const acr = acronymKey(tok);
      const expansion = acr ? acronyms.get(acr) : undefined;
      if (expansion) f.push(`acr=${expansion}`);
      const k = keys[s][i];
      const m = k ? totals.get(k) : undefined;
      if (!m) return f;
      let best = '';
      let bestN = 0;
      let others = 0;
      for (const [t, n] of m) {
        const rest = n - (own[s][i].includes(t) ? 1 : 0);
        if (rest <= 0) continue;
        f.push(`po=${t}`);
        if (!t.includes(':')) {
          others += rest;
          if (rest > bestN || (rest === bestN && t < best)) [best, bestN] = [t, rest];
        }
      }
      if (others > 0) f.push(`pmaj=${best}`, `pmaj|pr=${best}|${LABELS[lab[i]]}`);
      return f;
    }),
  );
}
