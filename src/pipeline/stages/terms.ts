import { defineStage, need } from '../stage.js';
import { MAX_TERMS, tokenTerms, topCounts } from '../../reconcile/terms.js';
import { words } from '../../reconcile/fold.js';

/**
 * The article's top content terms with counts (lower-cased, stopwords, numbers and people's
 * names out, suffixes folded), from the repaired text in one pass over the tokens: what
 * reconcile's TF-IDF needs to tell two stories apart without the raw text. Credits and footers
 * (metadata `excluded`) do not count; people's names do not either (shared officials are
 * weak evidence counted apart).
 */
export const termsStage = defineStage({
  name: 'terms',
  requires: ['tokens', 'metadata', 'people'],
  provides: 'terms',
  run: (_doc, layers) => {
    const excluded = [...need(layers, 'metadata').excluded].sort((a, b) => a.start - b.start);
    const names = new Set<string>();
    for (const p of need(layers, 'people')) for (const t of [p.name, ...p.mentions.map((m) => m.text)]) for (const w of words(t)) names.add(w);
    const terms: string[] = [];
    let x = 0;
    for (const token of need(layers, 'tokens')) {
      while (x < excluded.length && excluded[x].end <= token.start) x++;
      if (x < excluded.length && excluded[x].start <= token.start) continue;
      for (const t of tokenTerms(token.text, names)) terms.push(t);
    }
    return topCounts(terms, MAX_TERMS);
  },
});
