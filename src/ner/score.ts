import type { EntityType, LabelSpan } from './labels.js';
import { ENTITY_TYPES } from './labels.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  p: number;
  r: number;
  f1: number;
}

/** Exact-match span counts per type (conlleval: a span counts only with the same start, end and type). */
export class SpanScorer {
  readonly counts = new Map<EntityType, Counts>(ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));

  add(gold: readonly LabelSpan[], pred: readonly LabelSpan[]): void {
    const key = (s: LabelSpan) => `${s.type}:${s.start}:${s.end}`;
    const g = new Set(gold.map(key));
    const p = new Set(pred.map(key));
    for (const s of pred) this.counts.get(s.type)!.tp += g.has(key(s)) ? 1 : 0;
    for (const s of pred) if (!g.has(key(s))) this.counts.get(s.type)!.fp++;
    for (const s of gold) if (!p.has(key(s))) this.counts.get(s.type)!.fn++;
  }

  /** Micro-averaged P/R/F1 (in %) over the given types. */
  prf(types: readonly EntityType[] = ENTITY_TYPES): Prf {
    const c = { tp: 0, fp: 0, fn: 0 };
    for (const t of types) {
      const x = this.counts.get(t)!;
      c.tp += x.tp;
      c.fp += x.fp;
      c.fn += x.fn;
    }
    const p = c.tp + c.fp ? (100 * c.tp) / (c.tp + c.fp) : 0;
    const r = c.tp + c.fn ? (100 * c.tp) / (c.tp + c.fn) : 0;
    return { ...c, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  }
}
