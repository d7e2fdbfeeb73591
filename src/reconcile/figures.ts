import type { Figure } from '../schema/article.js';
import type { Conflict, MergedFigure, Support } from '../schema/events.js';
import type { Input } from './input.js';
import { ValueBag, conflict, independentVotes, type Outlets } from './conflict.js';
import { byCodeUnit, surfaceKey } from './fold.js';
import { differentValues, sameValue } from './figure-relation.js';
import { mergeSupport, supportOf } from './support.js';
import { unitEntry } from './units.js';

interface FigureRef {
  article: string;
  figure: Figure;
  support: Support[];
}

interface FigureGroup {
  refs: FigureRef[];
  rep: FigureRef;
  notes: Set<string>;
  /** Some members carry a hedge the others lack ("37" / "at least 37"). */
  hedged: boolean;
}

/** "134 t", "47%", "12797000000 USD", "10–15%": the canonical rendering of a figure. */
export function renderFigure(f: Pick<Figure, 'value' | 'unit' | 'approximate'>): string {
  const v = typeof f.value === 'number' ? String(f.value) : `${f.value.low}–${f.value.high}`;
  const hedge = f.approximate ? `${f.approximate.replace(/-/g, ' ')} ` : '';
  if (f.unit === '%') return `${hedge}${v}%`;
  return `${hedge}${v}${f.unit ? ` ${f.unit}` : ''}`;
}

/** Prefer an exact figure over a hedged one, an unambiguous unit ("t" over "ton"), then the most independent sources, then position. */
function pickRep(refs: FigureRef[], outlets: Outlets): FigureRef {
  return [...refs].sort(
    (a, b) =>
      Number(!!a.figure.approximate) - Number(!!b.figure.approximate) ||
      Number(!!unitEntry(a.figure.unit).ambiguous) - Number(!!unitEntry(b.figure.unit).ambiguous) ||
      independentVotes(b.support, outlets) - independentVotes(a.support, outlets),
  )[0];
}

function mostCommon(values: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]))[0]?.[0] ?? null;
}

/**
 * Merges the figures of one event. Same value after unit normalization → one figure; different
 * wordings of it → `equivalent` (canonical-form; a note when a unit is ambiguous); the same
 * number with and without a hedge → `variant` (most-specific: the exact one). Figures of
 * different value about the same thing → `variant` (rounding, hedges: most-specific) or
 * `genuine` (same slot beyond tolerance, from articles that never state both: unresolved).
 */
export function mergeFigures(inputs: Input[], outlets: Outlets): { figures: MergedFigure[]; conflicts: Conflict[] } {
  const refs: FigureRef[] = [];
  for (const { id, article } of inputs) for (const f of article.figures) refs.push({ article: id, figure: f, support: [supportOf(id, [f])] });
  const groups: FigureGroup[] = [];
  for (const r of refs) {
    let home: FigureGroup | undefined;
    for (const g of groups) {
      const m = sameValue(g.refs[0].figure, r.figure);
      if (m.same) {
        home = g;
        if (m.note) g.notes.add(m.note);
        if (m.hedged) g.hedged = true;
        break;
      }
    }
    if (home) home.refs.push(r);
    else groups.push({ refs: [r], rep: r, notes: new Set(), hedged: false });
  }
  const figures: MergedFigure[] = [];
  const conflicts: Conflict[] = [];
  groups.forEach((g, i) => {
    g.rep = pickRep(g.refs, outlets);
    const id = `f${i + 1}`;
    const f = g.rep.figure;
    const support = mergeSupport(...g.refs.map((r) => r.support));
    figures.push({
      id,
      value: f.value,
      unit: f.unit,
      quantity: f.quantity,
      approximate: f.approximate,
      counts: mostCommon(g.refs.map((r) => r.figure.counts)),
      change: g.refs.map((r) => r.figure.change).find((c) => c) ?? null,
      support,
    });
    const bag = new ValueBag();
    for (const r of g.refs) bag.add(r.figure.text.replace(/\s+/g, ' ').trim(), r.support);
    const values = bag.entries(outlets);
    if (g.hedged)
      conflicts.push(conflict(`figures[${id}]`, values, 'variant', renderFigure(f), 'most-specific', ['a hedge ("about", "at least") beside the exact figure', ...g.notes].sort().join('; ')));
    else if (new Set(values.map((v) => surfaceKey(v.value))).size > 1 || g.notes.size)
      conflicts.push(conflict(`figures[${id}]`, values, 'equivalent', renderFigure(f), 'canonical-form', [...g.notes].sort().join('; ') || undefined));
  });
  conflicts.push(...slotConflicts(groups, figures, outlets));
  return { figures, conflicts };
}

/** Groups of different value about one thing, linked into components; one conflict per component. */
function slotConflicts(groups: FigureGroup[], figures: MergedFigure[], outlets: Outlets): Conflict[] {
  const articles = groups.map((g) => new Set(g.refs.map((r) => r.article)));
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const genuine = new Set<number>();
  for (let i = 0; i < groups.length; i++)
    for (let j = i + 1; j < groups.length; j++) {
      // An article that states both values reports two facts, not a disagreement.
      if ([...articles[i]].some((a) => articles[j].has(a))) continue;
      const rel = groupRelation(groups[i], groups[j]);
      if (!rel) continue;
      const [a, b] = [find(i), find(j)];
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      if (rel === 'genuine') genuine.add(i).add(j);
    }
  const comps = new Map<number, number[]>();
  groups.forEach((_, i) => {
    const r = find(i);
    if (!comps.has(r)) comps.set(r, []);
    comps.get(r)!.push(i);
  });
  const out: Conflict[] = [];
  for (const members of comps.values()) {
    if (members.length < 2) continue;
    const field = `figures[${members.map((m) => figures[m].id).join(',')}]`;
    const values = members.map((m) => ({ value: renderFigure(groups[m].rep.figure), sources: figures[m].support }));
    if (members.some((m) => genuine.has(m))) {
      out.push(conflict(field, values, 'genuine', null, 'unresolved', 'the articles give different values for the same count'));
      continue;
    }
    // Most specific: exact before hedged, then the finer rounding.
    const best = [...members].sort((a, b) => {
      const fa = groups[a].rep.figure;
      const fb = groups[b].rep.figure;
      return Number(!!fa.approximate) - Number(!!fb.approximate) || precision(fb) - precision(fa) || independentVotes(figures[b].support, outlets) - independentVotes(figures[a].support, outlets) || a - b;
    })[0];
    out.push(conflict(field, values, 'variant', renderFigure(groups[best].rep.figure), 'most-specific', 'rounding or a hedge explains the difference'));
  }
  return out;
}

/**
 * How two groups of different value relate, over every pair of their members: one wording may
 * say what it counts where another does not ("kills three" / "killing three people").
 * `genuine` if any pair is, else `variant` if any pair is, else unrelated.
 */
function groupRelation(a: FigureGroup, b: FigureGroup): 'variant' | 'genuine' | null {
  let out: 'variant' | null = null;
  for (const x of a.refs)
    for (const y of b.refs) {
      const rel = differentValues(x.figure, y.figure);
      if (rel === 'genuine') return rel;
      out ??= rel;
    }
  return out;
}

/** Significant digits, roughly: more is more precise. */
function precision(f: Figure): number {
  const v = typeof f.value === 'number' ? f.value : f.value.high;
  return String(v).replace(/^-?0*\.?0*/, '').replace(/0+$/, '').replace('.', '').length;
}
