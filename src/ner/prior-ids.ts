import { acronymKey, documentAcronyms } from './acronyms.js';
import { LABELS, labelSpans } from './labels.js';
import type { NerModel } from './model.js';
import { wordEntry } from './word-entry.js';

/**
 * The model's ids of `priorFeatures` (same features, same order), from tables instead of
 * feature strings: every stacking feature but `acr=` takes its value from the closed set of
 * labels and label:position tags. `priorFeatures` stays the definition; a test checks they agree.
 */

class PriorTables {
  readonly pr: number[];
  readonly prm1: number[];
  readonly prp1: number[];
  private readonly po = new Map<string, number>();
  private readonly pmaj = new Map<string, number>();
  private readonly pmajPr = new Map<string, number[]>();

  constructor(private readonly model: NerModel) {
    this.pr = LABELS.map((l) => this.id(`pr=${l}`));
    this.prm1 = [...LABELS, '<s>'].map((l) => this.id(`pr-1=${l}`));
    this.prp1 = [...LABELS, '</s>'].map((l) => this.id(`pr+1=${l}`));
  }

  id(f: string): number {
    return this.model.index.get(f) ?? -1;
  }

  poId(t: string): number {
    let id = this.po.get(t);
    if (id === undefined) this.po.set(t, (id = this.id(`po=${t}`)));
    return id;
  }

  pmajIds(best: string, label: number): [number, number] {
    let id = this.pmaj.get(best);
    if (id === undefined) this.pmaj.set(best, (id = this.id(`pmaj=${best}`)));
    let byLabel = this.pmajPr.get(best);
    if (!byLabel) this.pmajPr.set(best, (byLabel = LABELS.map((l) => this.id(`pmaj|pr=${best}|${l}`))));
    return [id, byLabel[label]];
  }
}

const tables = new WeakMap<NerModel, PriorTables>();

/** `featureIds(model, priorFeatures(raw, labels))`, computed without the strings. */
export function priorIds(model: NerModel, raw: readonly (readonly string[])[], labels: readonly (readonly number[])[]): number[][][] {
  let T = tables.get(model);
  if (!T) tables.set(model, (T = new PriorTables(model)));
  const P = T;
  const own: string[][][] = raw.map((toks) => toks.map(() => ['O']));
  const totals = new Map<string, Map<string, number>>();
  const entries = raw.map((toks) => toks.map(wordEntry));
  const keys = entries.map((es) => es.map((e) => (e.upperOrDigit && e.cls !== 'lower' ? e.key : '')));
  raw.forEach((toks, s) => {
    const tags = own[s];
    for (const span of labelSpans(labels[s])) {
      for (let i = span.start; i < span.end; i++) {
        const pos = span.end - span.start === 1 ? 'S' : i === span.start ? 'B' : i === span.end - 1 ? 'E' : 'I';
        tags[i] = [span.type, `${span.type}:${pos}`];
      }
    }
    for (let i = 0; i < toks.length; i++) {
      const k = keys[s][i];
      if (!k) continue;
      let m = totals.get(k);
      if (!m) totals.set(k, (m = new Map()));
      for (const t of tags[i]) m.set(t, (m.get(t) ?? 0) + 1);
    }
  });
  const acronyms = documentAcronyms(entries.map((es) => es.map((e) => e.tok)), labels);
  return raw.map((toks, s) =>
    toks.map((tok, i) => {
      const lab = labels[s];
      const out: number[] = [];
      const push = (id: number) => {
        if (id >= 0) out.push(id);
      };
      push(P.pr[lab[i]]);
      push(i > 0 ? P.prm1[lab[i - 1]] : P.prm1[LABELS.length]);
      push(i + 1 < toks.length ? P.prp1[lab[i + 1]] : P.prp1[LABELS.length]);
      const acr = acronymKey(tok);
      const expansion = acr ? acronyms.get(acr) : undefined;
      if (expansion) push(P.id(`acr=${expansion}`));
      const k = keys[s][i];
      const m = k ? totals.get(k) : undefined;
      if (!m) return out;
      let best = '';
      let bestN = 0;
      let others = 0;
      for (const [t, n] of m) {
        const rest = n - (own[s][i].includes(t) ? 1 : 0);
        if (rest <= 0) continue;
        push(P.poId(t));
        if (!t.includes(':')) {
          others += rest;
          if (rest > bestN || (rest === bestN && t < best)) [best, bestN] = [t, rest];
        }
      }
      if (others > 0) {
        const [a, b] = P.pmajIds(best, lab[i]);
        push(a), push(b);
      }
      return out;
    }),
  );
}

