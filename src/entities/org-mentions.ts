import type { PreparedInput } from '../people/context.js';
import { acronymAfter, expansionBefore, isAcronym } from './acronyms.js';

/** An organization mention: word range; `defines` points to the mention an "(ACR)" abbreviates. */
export interface OrgMention {
  start: number;
  end: number;
  acronymOf: number | null;
}

/**
 * Organization mentions: the tagger's ORG spans (leading "the" and a possessive dropped), and
 * names defined with an acronym in brackets that the tagger missed ("Federal Investigation
 * Agency (FIA)"); the bracketed acronym becomes a mention linked to its expansion.
 */
export function orgMentions(prep: PreparedInput): OrgMention[] {
  const { index } = prep.ctx;
  const { folds, texts } = index;
  const out: OrgMention[] = [];
  const byEnd = new Map<number, number>();
  const taken = new Uint8Array(index.words.length);
  for (const t of ['PER', 'LOC'] as const) for (const r of prep.byType[t]) for (let k = r.start; k < r.end; k++) taken[k] = 1;
  const push = (m: OrgMention) => {
    out.push(m);
    for (let k = m.start; k < m.end; k++) taken[k] = 2;
    return out.length - 1;
  };
  for (const r of prep.byType.ORG) {
    let { start, end } = r;
    if (folds[start] === 'the' && end - start > 1) start++;
    if (folds[end - 1] === "'s" && end - start > 1) end--;
    if (out.length && out[out.length - 1].end > start) continue;
    byEnd.set(end, push({ start, end, acronymOf: null }));
  }
  for (let k = 0; k < texts.length; k++) {
    if (texts[k] !== '(' || !isAcronym(texts[k + 1] ?? '') || texts[k + 2] !== ')') continue;
    const end = folds[k - 1] === "'s" ? k - 1 : k;
    if (acronymAfter(index, end) !== k + 1) continue;
    let owner = byEnd.get(end);
    if (owner === undefined && !taken[end - 1]) {
      const s = expansionBefore(index, end, texts[k + 1]);
      if (s >= 0 && ![...Array(end - s).keys()].some((d) => taken[s + d])) owner = push({ start: s, end, acronymOf: null });
    }
    if (owner === undefined) continue;
    const existing = out.findIndex((m) => m.start === k + 1);
    if (existing >= 0) out[existing].acronymOf = owner;
    else if (!taken[k + 1]) push({ start: k + 1, end: k + 2, acronymOf: owner });
  }
  return out;
}
