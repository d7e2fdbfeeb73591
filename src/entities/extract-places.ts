import type { Entity } from '../schema/article.js';
import { countryName } from '../lexicon/countries.js';
import { foldWords } from '../lexicon/normalize.js';
import { isExcluded, prepare, type MentionInput, type PreparedInput } from '../people/context.js';
import { placeMentions, type PlaceMention } from './place-mentions.js';
import { preferredForm } from './surface.js';
import { placeBySuffix } from './place-kind.js';

const KIND = { country: 'country', subdivision: 'province', city: 'city', demonym: 'country' } as const;

/**
 * Places of one article: tagger LOC mentions and lexicon places grouped into one entity per
 * place ("US", "U.S.", "United States" → United States, kind country, country US); ids l1… in
 * first-mention order, spans in `text` coordinates. `people`: mention spans of the people found,
 * never taken for places.
 */
export function extractPlaces(
  input: MentionInput,
  prepared?: PreparedInput,
  people: readonly { start: number; end: number }[] = [],
  titleSpans: readonly { start: number; end: number }[] = [],
): Entity[] {
  const prep = prepared ?? prepare(input);
  const { words } = prep.ctx.index;
  const groups = new Map<string, PlaceMention[]>();
  for (const m of placeMentions(prep, people, titleSpans)) {
    if (isExcluded(input.excluded, words[m.start].start, words[m.end - 1].end)) continue;
    // "Kogi State" and "Kogi" are one place: the lexicon's form keys a known place
    const key = m.hit?.sense === 'country' || m.hit?.sense === 'demonym' ? `c:${m.hit.code}` : m.hit ? `p:${m.hit.code}:${m.hit.form}` : `n:${foldWords(textOf(input.text, prep, m)).join(' ')}`;
    const list = groups.get(key) ?? [];
    list.push(m);
    groups.set(key, list);
  }
  return [...groups.values()].map((list, i) => {
    const hit = list.find((m) => m.hit)?.hit ?? null;
    const forms = list.map((m) => textOf(input.text, prep, m));
    const mixed = forms.find((f) => /\p{Ll}/u.test(f));
    const name = hit?.sense === 'country' || hit?.sense === 'demonym' ? (countryName(hit.code) ?? preferredForm(forms)) : (mixed ?? hit?.form ?? preferredForm(forms));
    const bySuffix = hit ? null : placeBySuffix(name);
    return {
      id: `l${i + 1}`,
      name,
      aliases: distinct(forms).filter((f) => f !== name),
      kind: hit ? KIND[hit.sense] : (bySuffix?.kind ?? null),
      country: hit?.code ?? bySuffix?.hit?.code ?? null,
      mentions: list.map((m) => ({ start: words[m.start].start, end: words[m.end - 1].end, text: textOf(input.text, prep, m) })),
    };
  });
}

function textOf(text: string, prep: PreparedInput, m: { start: number; end: number }): string {
  const { words } = prep.ctx.index;
  return text.slice(words[m.start].start, words[m.end - 1].end);
}

export function distinct(forms: readonly string[]): string[] {
  return [...new Set(forms)];
}
