import { defineStage, need } from '../stage.js';
import type { EntityMention } from '../layers.js';
import { tagSentences } from '../../ner/tagger.js';

/**
 * Named-entity mentions (PER/ORG/LOC/MISC, CoNLL conventions: titles stay outside PER) from
 * the trained tagger, run over the whole document at once so document-level features see
 * every sentence. Mentions inside credit/footer stretches (metadata `excluded`) are dropped.
 */
export const entitiesStage = defineStage({
  name: 'entities',
  requires: ['tokens', 'sentences', 'metadata'],
  provides: 'entities',
  run: (doc, layers) => {
    const tokens = need(layers, 'tokens');
    const sentences = need(layers, 'sentences');
    const excluded = need(layers, 'metadata').excluded;
    const texts: string[][] = new Array(sentences.length);
    for (let i = 0; i < sentences.length; i++) {
      const { tokenStart, tokenEnd } = sentences[i];
      const sentence: string[] = new Array(tokenEnd - tokenStart);
      for (let t = tokenStart; t < tokenEnd; t++) sentence[t - tokenStart] = tokens[t].text;
      texts[i] = sentence;
    }
    const spans = tagSentences(texts);
    const out: EntityMention[] = [];
    sentences.forEach((s, i) => {
      for (const span of spans[i]) {
        const tokenStart = s.tokenStart + span.start;
        const tokenEnd = s.tokenStart + span.end;
        const start = tokens[tokenStart].start;
        const end = tokens[tokenEnd - 1].end;
        if (excluded.length > 0 && excluded.some((x) => x.start <= start && end <= x.end)) continue;
        out.push({ start, end, text: doc.text.slice(start, end), type: span.type, tokenStart, tokenEnd });
      }
    });
    return out;
  },
});
