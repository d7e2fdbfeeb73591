import { honorificBefore, type NameMention, type WordRange } from './candidates.js';
import { isLexiconWord, isNameWord, PARTICLES } from './name-span.js';
import type { TitleContext } from './title-parse.js';
import { isAllCaps } from '../lexicon/normalize.js';
import { isTitleCased } from './title-case.js';
import { placeAt } from './country-at.js';

const PLACE_PREPS = new Set(['in', 'at', 'from', 'near', 'to', 'into', 'across', 'outside', 'inside']);

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
  const { words, texts, tokenWord } = ctx.index;
  /** A whole token's text by its first word ("Sanwo-Olu" is two words, one token). */
  const tokenAt = (k: number) => {
    const end = tokenWord[words[k].token + 1];
    return end === k + 1 ? texts[k] : texts.slice(k, end).join('-'); // most tokens are one word: no string to build
  };
  const surnames = new Set<string>();
  const taken = new Uint8Array(words.length);
  for (const m of mentions) {
    for (let k = m.spanStart; k < m.end; k++) taken[k] = 1;
    const lastTokenStart = tokenWord[words[m.end - 1].token];
    if (lastTokenStart > m.start && words[m.end - 1].last) {
      const surname = tokenAt(lastTokenStart);
      if (surname.length >= 3) surnames.add(surname).add(surname.toUpperCase());
      // "al-Sisi" is also "Sisi"
      if (m.end - lastTokenStart === 2 && PARTICLES.has(ctx.index.folds[lastTokenStart]) && texts[m.end - 1].length >= 3) surnames.add(texts[m.end - 1]);
    }
  }
  const out: NameMention[] = [];
  if (surnames.size === 0) return out;
  for (let s = 0; s < sentences.length; s++) {
    let headline: boolean | undefined; // asked only when a surname is found
    for (let k = sentences[s].start; k < sentences[s].end; k++) {
      if (taken[k] || blocked[k] || !words[k].first) continue;
      const end = tokenWord[words[k].token + 1];
      if (!surnames.has(tokenAt(k)) || end > sentences[s].end) continue;
      // an ALL-CAPS surname only inside ALL-CAPS text (a headline), not as an acronym in running text
      if (isAllCaps(texts[k]) && !(k > sentences[s].start && isAllCaps(texts[k - 1])) && !(end < sentences[s].end && isAllCaps(texts[end]))) continue;
      const prevName = k > sentences[s].start && isNameWord(ctx, k - 1) && !isLexiconWord(ctx, k - 1) && !isAllCaps(texts[k - 1]);
      const nextName = end < sentences[s].end && isNameWord(ctx, end) && !isLexiconWord(ctx, end) && !isAllCaps(texts[end]);
      if ((prevName || nextName) && !(headline ??= isTitleCased(ctx.index, sentences[s]))) continue;
      // "talks in Austin": a surname that is also a place, after a place preposition, is the place
      if (k > sentences[s].start && PLACE_PREPS.has(ctx.index.folds[k - 1]) && placeAt(words, k, end)) continue;
      const h = honorificBefore(ctx, k, sentences[s].start);
      out.push({ start: k, end, spanStart: h ?? k, sentence: s, source: 'sweep' });
      k = end - 1;
    }
  }
  return out;
}
