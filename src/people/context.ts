import type { EntityMention, TextSpan } from '../pipeline/layers.js';
import type { Sentence } from '../text/sentences.js';
import type { Token } from '../text/tokens.js';
import type { WordRange } from './candidates.js';
import type { TitleContext } from './title-parse.js';
import { buildWords } from './words.js';

/** Everything the people/organization/place builders read: pure data, no document object. */
export interface MentionInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  entities: readonly EntityMention[];
  /** Stretches that are credits or footers: no facts from them. */
  excluded?: readonly TextSpan[];
}

export interface PreparedInput {
  ctx: TitleContext;
  sentences: WordRange[];
  /** Word ranges of the tagger's mentions, by type. */
  byType: Record<EntityMention['type'], (WordRange & { mention: EntityMention })[]>;
  /** 1 for words inside ORG/LOC/MISC mentions. */
  blocked: Uint8Array;
}

/** Builds the word index and maps sentences and tagger mentions to word ranges. */
export function prepare(input: MentionInput): PreparedInput {
  const index = buildWords(input.tokens);
  const w = (t: number) => index.tokenWord[t];
  const sentences = input.sentences.map((s) => ({ start: w(s.tokenStart), end: w(s.tokenEnd) }));
  const byType: PreparedInput['byType'] = { PER: [], ORG: [], LOC: [], MISC: [] };
  const blocked = new Uint8Array(index.words.length);
  const orgAt = new Map<number, number>();
  const perAt = new Set<number>();
  for (const m of input.entities) {
    const r = { start: w(m.tokenStart), end: w(m.tokenEnd), mention: m };
    byType[m.type].push(r);
    if (m.type !== 'PER') for (let k = r.start; k < r.end; k++) blocked[k] = 1;
    if (m.type === 'ORG') orgAt.set(r.start, r.end);
    if (m.type === 'PER') perAt.add(r.start);
  }
  return { ctx: { index, orgAt, perAt }, sentences, byType, blocked };
}

/** True when [start, end) lies inside an excluded stretch. */
export function isExcluded(excluded: readonly TextSpan[] | undefined, start: number, end: number): boolean {
  return (excluded ?? []).some((x) => start >= x.start && end <= x.end);
}
