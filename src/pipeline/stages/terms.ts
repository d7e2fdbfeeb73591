import { defineStage, need } from '../stage.js';
import { MAX_TERMS } from '../../reconcile/terms.js';
import { TermCounter } from '../../reconcile/term-counter.js';
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
    // a person's mentions mostly repeat a few texts ("Naqvi", "Mohsin Naqvi"): fold each text once
    const nameTexts = new Set<string>();
    for (const p of need(layers, 'people')) {
      nameTexts.add(p.name);
      for (const m of p.mentions) nameTexts.add(m.text);
    }
    const names = new Set<string>();
    for (const t of nameTexts) for (const w of nameWords(t)) names.add(w);
    const counter = new TermCounter(names);
    const tokens = need(layers, 'tokens');
    let x = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      while (x < excluded.length && excluded[x].end <= token.start) x++;
      if (x < excluded.length && excluded[x].start <= token.start) continue;
      counter.add(token.text);
    }
    return counter.top(MAX_TERMS);
  },
});

/** `words(text)`; a plain ASCII name (most are) needs no Unicode normalization to fold. */
function nameWords(text: string): string[] {
  return /^[\x00-\x7f]*$/.test(text) ? (text.toLowerCase().match(/[a-z0-9]+/g) ?? []) : words(text);
}
