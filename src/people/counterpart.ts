import type { TitleFact } from '../schema/article.js';
import { roleDomain } from '../lexicon/titles.js';
import { placeAt } from './country-at.js';
import type { NameMention } from './candidates.js';
import type { TitleContext } from './title-parse.js';

const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
/** Offices a counterpart shares; ranks, jobs and "former" titles do not transfer. */
const SHARED_DOMAINS = new Set(['government', 'diplomatic', 'legislature', 'military', 'police', 'judicial', 'corporate']);

/** Where "[his] [Turkish] counterpart[,]" ends right before a mention: the phrase's words, or null. */
export function counterpartBefore(ctx: TitleContext, spanStart: number, sStart: number): { start: number; end: number; country: string | null } | null {
  const { folds, texts, words } = ctx.index;
  let k = spanStart - 1;
  if (k > sStart && texts[k] === ',') k--;
  if (k < sStart || (folds[k] !== 'counterpart' && folds[k] !== 'counterparts')) return null;
  const end = k + 1;
  let start = k;
  let country: string | null = null;
  for (let s = Math.max(sStart, k - 3); s < k; s++) {
    const p = placeAt(words, s, k);
    if (p && p.end === k) {
      country = p.hit.code;
      start = s;
      break;
    }
  }
  if (start - 1 >= sStart && POSSESSIVES.has(folds[start - 1])) start--;
  return { start, end, country };
}

/**
 * "Ishaq Dar … with his Turkish counterpart Hakan Fidan": the counterpart holds the office of
 * the nearest person named before him in the sentence (else the sentence before), in the
 * country the demonym names. Returns the derived title or null.
 */
export function counterpartTitle(
  ctx: TitleContext,
  text: string,
  mention: NameMention,
  sentenceStarts: readonly number[],
  before: readonly { mention: NameMention; titles: readonly TitleFact[] }[],
): TitleFact | null {
  const sStart = sentenceStarts[mention.sentence];
  const phrase = counterpartBefore(ctx, mention.spanStart, sStart);
  if (!phrase) return null;
  let source: TitleFact | undefined;
  for (let i = before.length - 1; i >= 0 && !source; i--) {
    const b = before[i];
    if (b.mention.start >= mention.start || b.mention.sentence < mention.sentence - 1) continue;
    // a deputy prime minister and foreign minister meets his counterpart as foreign minister
    const shared = b.titles.filter((t) => t.role && t.qualifier !== 'former' && SHARED_DOMAINS.has(domainOf(t)));
    source = shared.find((t) => !t.qualifier) ?? shared[0];
  }
  if (!source) return null;
  const { words } = ctx.index;
  const s = words[phrase.start].start;
  const e = words[phrase.end - 1].end;
  return {
    text: text.slice(s, e),
    role: source.role,
    qualifier: null,
    portfolio: source.portfolio,
    country: phrase.country,
    org: null,
    evidence: { start: s, end: e, text: text.slice(s, e) },
  };
}

function domainOf(t: TitleFact): string {
  return (t.role && roleDomain(t.role)) ?? '';
}
