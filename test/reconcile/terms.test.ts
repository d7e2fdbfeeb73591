import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract.js';
import { ArticleSchema } from '../../src/schema/article.js';
import { MAX_TERMS, stem, tokenTerms, topCounts } from '../../src/reconcile/terms.js';
import { articleTerms, cosine, factTerms, tfidfVectors } from '../../src/reconcile/text-vector.js';
import { reconcile } from '../../src/reconcile/index.js';

describe('stem: two wordings of one story meet', () => {
  it.each([
    ['immigration', 'immigrant'],
    ['immigrants', 'immigration'],
    ['seized', 'seizure'],
    ['seizes', 'seized'],
    ['floods', 'flooding'],
    ['displaced', 'displacement'],
    ['agreement', 'agreed'],
    ['operations', 'operation'],
    ['planned', 'plans'],
    ['defence', 'defense'],
    ['centres', 'center'],
  ])('%s ~ %s', (a, b) => expect(stem(a)).toBe(stem(b)));

  it.each([
    ['bus', 'bu'],
    ['analysis', 'analysi'],
    ['state', 'stat'],
  ])('short or -s/-is words keep their body: %s', (w) => expect(stem(w).length).toBeGreaterThanOrEqual(3));

  it.each([
    ['senate', 'sender'],
    ['police', 'policy'],
    ['minister', 'ministry'],
  ])('keeps %s and %s apart', (a, b) => expect(stem(a)).not.toBe(stem(b)));
});

describe('tokenTerms', () => {
  const none = new Set<string>();
  it('drops stopwords, reporting verbs, weekdays, numbers and single letters', () => {
    for (const t of ['the', 'said', 'Tuesday', '2026', '1,443', '3.5bn', 'a', 'Mr.']) expect(tokenTerms(t, none)).toEqual([]);
  });
  it('keeps the all-capital US as a term, not the pronoun', () => {
    expect(tokenTerms('US', none)).toEqual(['us']);
    expect(tokenTerms('us', none)).toEqual([]);
  });
  it('splits hyphenated words and folds diacritics and case', () => {
    expect(tokenTerms('Mombasa-Kampala', none)).toEqual(['mombasa', 'kampala']);
    expect(tokenTerms('Türkiye', none)).toEqual(tokenTerms('turkiye', none));
  });
  it("leaves out the words of people's names", () => {
    expect(tokenTerms('Nankabirwa', new Set(['nankabirwa']))).toEqual([]);
  });
});

describe('topCounts', () => {
  it('keeps the most frequent terms, ties by first occurrence, with counts', () => {
    expect(topCounts(['b', 'a', 'c', 'a', 'c', 'd'], 3)).toEqual([
      ['a', 2],
      ['c', 2],
      ['b', 1],
    ]);
  });
});

const PIPELINE_TEXT = `Kenya, Uganda agree on fuel pipeline

NAIROBI - Kenya and Uganda on Tuesday agreed to build a pipeline for refined fuel from Mombasa to Kampala, Energy Minister Ruth Nankabirwa said. The pipeline will carry fuel now moved by road tankers. Nankabirwa said the pipeline would cost $3.5 billion.`;

describe('the terms stage fills the article record', () => {
  const article = extractText(PIPELINE_TEXT, { path: 'pipeline.txt' }, { published: '2026-03-10' });

  it('gives schema-valid [term, count] pairs, most frequent first, at most MAX_TERMS', () => {
    expect(ArticleSchema.parse(article).terms).toEqual(article.terms);
    const terms = article.terms!;
    expect(terms.length).toBeGreaterThan(5);
    expect(terms.length).toBeLessThanOrEqual(MAX_TERMS);
    expect(terms[0]).toEqual(['pipelin', 4]);
    const counts = terms.map(([, n]) => n);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it("holds no stopwords, numbers or people's names", () => {
    const words = article.terms!.map(([t]) => t);
    for (const w of ['the', 'said', 'nankabirwa', 'ruth', '3', 'tuesday']) expect(words).not.toContain(w);
    expect(words).toContain('kampala');
  });
});

describe('TF-IDF with and without terms', () => {
  const base = extractText(PIPELINE_TEXT, { path: 'x.txt' }, { published: '2026-03-10' });

  it('adds the record terms to the fact terms', () => {
    const withTerms = articleTerms(base);
    const facts = factTerms(base);
    expect(withTerms.length).toBe(facts.length + base.terms!.reduce((s, [, n]) => s + n, 0));
  });

  it('falls back to the fact terms for records written before `terms` existed', () => {
    const { terms: _drop, ...old } = base;
    expect(articleTerms(old)).toEqual(factTerms(old));
  });

  it('two rewrites of one story are closer than a story about something else', () => {
    const rewrite = extractText(
      `Uganda, Kenya sign Mombasa-Kampala pipeline deal\n\nUganda and Kenya have agreed to build a refined fuel pipeline between Mombasa and Kampala to replace road tankers, at a cost of US$3.5bn.`,
      { path: 'y.txt' },
      { published: '2026-03-11' },
    );
    const other = extractText(
      `Floods kill seven in Balochistan\n\nQUETTA - Flash floods killed seven people and damaged 300 homes in Lasbela district on Tuesday, officials said.`,
      { path: 'z.txt' },
      { published: '2026-03-10' },
    );
    const [a, b, c] = tfidfVectors([base, rewrite, other].map(articleTerms));
    expect(cosine(a, b)).toBeGreaterThan(cosine(a, c) + 0.2);
  });

  it('reconcile accepts a mix of records with and without terms', () => {
    const { terms: _drop, ...old } = base;
    const out = reconcile([old, { ...base, source: { path: 'x2.txt' } }]);
    expect(out.events.flatMap((e) => e.articles).sort()).toEqual(['x.txt', 'x2.txt']);
  });
});
