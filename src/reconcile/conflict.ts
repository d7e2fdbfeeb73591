import type { Conflict, ConflictKind, ResolutionRule, Support } from '../schema/events.js';
import { byCodeUnit } from './fold.js';
import { mergeSupport } from './support.js';

/** Article id → outlet (independence group): articles of one outlet vote once. */
export type Outlets = Map<string, string>;

/** The number of independent sources (distinct outlets) behind a support list. */
export function independentVotes(support: Support[], outlets: Outlets): number {
  return new Set(support.map((s) => outlets.get(s.article) ?? s.article)).size;
}

/** Accumulates values with their supports, merged per value. */
export class ValueBag {
  private readonly map = new Map<string, Support[][]>();

  add(value: string, support: Support[]): void {
    const list = this.map.get(value);
    if (list) list.push(support);
    else this.map.set(value, [support]);
  }

  get size(): number {
    return this.map.size;
  }

  /** Values sorted by independent votes (desc), then code unit. */
  entries(outlets: Outlets): Array<{ value: string; sources: Support[] }> {
    return [...this.map.entries()]
      .map(([value, lists]) => ({ value, sources: mergeSupport(...lists) }))
      .sort(
        (a, b) => independentVotes(b.sources, outlets) - independentVotes(a.sources, outlets) || byCodeUnit(a.value, b.value),
      );
  }
}

export function conflict(
  field: string,
  values: Array<{ value: string; sources: Support[] }>,
  kind: ConflictKind,
  value: string | null,
  rule: ResolutionRule,
  note?: string,
): Conflict {
  const c: Conflict = { field, values, kind, resolution: { value: kind === 'genuine' ? null : value, rule: kind === 'genuine' ? 'unresolved' : rule } };
  if (note) c.note = note;
  return c;
}

/**
 * The value most independent sources state, or null on a tie (then nobody wins by majority).
 */
export function majority(values: Array<{ value: string; sources: Support[] }>, outlets: Outlets): string | null {
  if (!values.length) return null;
  const votes = values.map((v) => independentVotes(v.sources, outlets));
  const top = Math.max(...votes);
  const winners = values.filter((_, i) => votes[i] === top);
  return winners.length === 1 ? winners[0].value : null;
}
