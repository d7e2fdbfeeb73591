/** Extent and value scores for temporal expressions, as TempEval-3 defines them. */
export interface TimexLike {
  start: number;
  end: number;
  value: string;
  type?: string;
}

export interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
}

/**
 * Aligns system to gold one-to-one by overlap (relaxed match; strict = same extent) and counts
 * matches; value/type are counted over relaxed matches (TempEval-3 attribute F1).
 */
export function countMatches(gold: TimexLike[], system: TimexLike[], into: Counts = emptyCounts()): Counts {
  into.gold += gold.length;
  into.system += system.length;
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    for (let i = 0; i < system.length; i++) {
      const s = system[i];
      if (used.has(i) || s.end <= g.start || s.start >= g.end) continue;
      if (best < 0 || (s.start === g.start && s.end === g.end)) best = i;
    }
    if (best < 0) continue;
    used.add(best);
    const s = system[best];
    into.relaxed++;
    if (s.start === g.start && s.end === g.end) into.strict++;
    if (s.value === g.value) into.value++;
    if (s.type !== undefined && s.type === g.type) into.type++;
  }
  return into;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export function prf(hit: number, system: number, gold: number): Prf {
  const p = system ? hit / system : 0;
  const r = gold ? hit / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
