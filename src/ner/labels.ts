/** BIO labels over the four CoNLL entity types; index 0 is O. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const LABEL_COUNT = LABELS.length;
const INDEX = new Map(LABELS.map((l, i) => [l, i]));

/** Label index of a BIO string; IOB1 `I-X` at an entity start is read as `B-X` by the caller's conversion. */
export function labelIndex(label: string): number {
  const i = INDEX.get(label);
  if (i === undefined) throw new Error(`unknown NER label "${label}"`);
  return i;
}

/** Entity type of a label index, or null for O. */
export function labelType(index: number): EntityType | null {
  return index === 0 ? null : ENTITY_TYPES[(index - 1) >> 1];
}

export function isInside(index: number): boolean {
  return index > 0 && (index - 1) % 2 === 1;
}

/** May label `cur` follow `prev` (-1 = sentence start)? I-X only continues B-X or I-X. */
export function allowed(prev: number, cur: number): boolean {
  if (!isInside(cur)) return true;
  return prev >= 0 && prev !== 0 && labelType(prev) === labelType(cur);
}

export interface LabelSpan {
  type: EntityType;
  start: number;
  /** One past the last token. */
  end: number;
}

/**
 * Entity spans of a label sequence (a stray I-X opens a span, as conlleval does); of
 * `labels[from..to)` when given, with positions counted from `from` (no view to allocate).
 */
export function labelSpans(labels: ArrayLike<number>, from = 0, to = labels.length): LabelSpan[] {
  const out: LabelSpan[] = [];
  let cur: LabelSpan | null = null;
  for (let i = 0; i < to - from; i++) {
    const l = labels[from + i];
    const type = labelType(l);
    if (cur && (type === null || !isInside(l) || type !== cur.type)) {
      out.push(cur);
      cur = null;
    }
    if (type !== null && !cur) cur = { type, start: i, end: i + 1 };
    else if (cur) cur.end = i + 1;
  }
  if (cur) out.push(cur);
  return out;
}
