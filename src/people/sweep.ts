import { honorificBefore, type NameMention, type WordRange } from './candidates.js';
import { isLexiconWord, isNameWord } from './name-span.js';
import type { TitleContext } from './title-parse.js';

/**
 * Finds surname-only mentions the tagger missed: every standalone occurrence of the last
 * word of a full name already found ("Naqvi said" after "Mohsin Naqvi"). A word next to
 * another name word ("Ali Naqvi") is someone else and is left alone.
 */
export function sweepSurnames(
  ctx: TitleContext,
  sentences: readonly WordRange[],
  mentions: readonly NameMention[],
  blocked: Uint8Array,
): NameMention[] {
  const { words, texts } = ctx.index;
  const surnames = new Set<string>();
  const taken = new Uint8Array(words.length);
  for (const m of mentions) {
    for (let k = m.spanStart; k < m.end; k++) taken[k] = 1;
    if (m.end - m.start >= 2 && texts[m.end - 1].length >= 3) surnames.add(texts[m.end - 1]);
  }
  const out: NameMention[] = [];
  for (let s = 0; s < sentences.length; s++) {
    for (let k = sentences[s].start; k < sentences[s].end; k++) {
      if (taken[k] || blocked[k] || !words[k].first || !words[k].last) continue;
      if (!surnames.has(texts[k])) continue;
      const prevName = k > sentences[s].start && isNameWord(ctx, k - 1) && !isLexiconWord(ctx, k - 1);
      const nextName = k + 1 < sentences[s].end && isNameWord(ctx, k + 1) && !isLexiconWord(ctx, k + 1);
      if (prevName || nextName) continue;
      const h = honorificBefore(ctx, k, sentences[s].start);
      out.push({ start: k, end: k + 1, spanStart: h ?? k, sentence: s, source: 'sweep' });
    }
  }
  return out;
}
