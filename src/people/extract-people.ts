import type { Person, TitleFact } from '../schema/article.js';
import { affiliationOf } from './affiliation.js';
import { collectNameMentions } from './candidates.js';
import { isExcluded, prepare, type MentionInput, type PreparedInput } from './context.js';
import { counterpartTitle } from './counterpart.js';
import { dedupeTitles } from './dedupe-titles.js';
import { linkMentions } from './link.js';
import { titlesForName } from './mention-titles.js';
import { sweepSurnames } from './sweep.js';
import { titleFact, type TitleContext } from './title-parse.js';

export interface PeopleOptions {
  /** The article's home country (ISO alpha-2) for domestic officials whose title names none. */
  contextCountry?: string | null;
}

/**
 * People of one article: names from the tagger (and honorific/title rules), titles parsed into
 * structure, every mention — full, surname-only, honorific — linked to one person. Spans are
 * in `text` coordinates; ids p1… in first-mention order.
 */
export function extractPeople(input: MentionInput, options: PeopleOptions = {}, prepared?: PreparedInput): Person[] {
  const prep = prepared ?? prepare(input);
  const { ctx, sentences } = prep;
  const { words } = ctx.index;
  const found = collectNameMentions(ctx, sentences, prep.byType.PER, prep.blocked);
  const all = [...found, ...sweepSurnames(ctx, sentences, found, prep.blocked)]
    .filter((m) => !isExcluded(input.excluded, words[m.spanStart].start, words[m.end - 1].end))
    .sort((a, b) => a.start - b.start);
  const clusters = linkMentions(ctx.index, all);
  // titles read up to the names as cleaned, not the tagger's spans ("… Special Initiatives | Ahsan Iqbal")
  const named: TitleContext = { index: ctx.index, orgAt: ctx.orgAt, perAt: new Set(all.map((m) => m.start)) };
  const perCluster = clusters.map((c) => {
    const titles: TitleFact[] = [];
    for (const m of c.mentions) {
      const s = sentences[m.sentence];
      let found = titlesForName(named, m.spanStart, m.end, s.start, s.end);
      if (m.spanStart < m.start && !found.some((t) => t.end === m.spanStart)) {
        // "Crown Prince Mohammed": the honorific-looking word ends a title, so it leaves the mention
        const own = titlesForName(named, m.start, m.end, s.start, s.end);
        if (own.some((t) => t.end === m.start)) [found, m.spanStart] = [own, m.start];
      }
      for (const t of found) titles.push(titleFact(named, input.text, t));
    }
    return titles;
  });
  // "his Turkish counterpart Hakan Fidan": the office of the person named before, in text order
  const byMention = clusters.flatMap((c, ci) => c.mentions.map((m) => ({ mention: m, titles: perCluster[ci] }))).sort((a, b) => a.mention.start - b.mention.start);
  const sentenceStarts = sentences.map((s) => s.start);
  byMention.forEach((x, i) => {
    const t = x.titles.length === 0 ? counterpartTitle(named, input.text, x.mention, sentenceStarts, byMention.slice(Math.max(0, i - 8), i)) : null;
    if (t) x.titles.push(t);
  });
  return clusters.map((c, i) => {
    const kept = dedupeTitles(perCluster[i]);
    const span = (a: number, b: number) => ({ start: words[a].start, end: words[b - 1].end, text: input.text.slice(words[a].start, words[b - 1].end) });
    return {
      id: `p${i + 1}`,
      name: span(c.canonical.start, c.canonical.end).text,
      titles: kept,
      affiliation: affiliationOf(kept, options.contextCountry ?? null),
      mentions: c.mentions.map((m) => span(m.spanStart, m.end)),
    };
  });
}
