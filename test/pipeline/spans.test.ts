import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract.js';
import { ArticleSchema } from '../../src/schema/article.js';
import { collectSpans, seeds } from '../helpers/fixtures.js';

describe('every span of every fixture points into the original text', () => {
  it.each(seeds().map((s) => [s.name, s] as const))('%s', (_name, seed) => {
    for (const repair of [true, false]) {
      const article = ArticleSchema.parse(extractText(seed.text, { path: seed.path }, {}, { repair }));
      const spans = collectSpans(article);
      expect(spans.length).toBeGreaterThan(0);
      for (const s of spans) {
        expect(s.start, s.path).toBeLessThanOrEqual(s.end);
        expect(seed.text.slice(s.start, s.end), s.path).toBe(s.text);
      }
    }
  });
});
