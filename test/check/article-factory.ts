import { ArticleSchema, type Article } from '../../src/schema/article.js';

/** A hand-written article record (independent of extractor quality) over this text. */
export const TEXT = [
  'Port deal signed',
  'Published 2025-03-14',
  '',
  'MOMBASA — The ports authority and Nordline signed an agreement on Thursday.',
  'Transport Minister Amina Odhiambo said it would cost $450 million.',
].join('\n');

const span = (text: string, from = 0) => {
  const start = TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`not in TEXT: ${text}`);
  return { start, end: start + text.length, text };
};

export function baseArticle(): Article {
  return ArticleSchema.parse({
    schema: 'newsfacts/article@1',
    source: { path: 'port.txt', sha256: 'x', chars: TEXT.length },
    title: { text: 'Port deal signed', basis: 'text', evidence: span('Port deal signed') },
    outlet: null,
    published: { date: '2025-03-14', basis: 'text', evidence: span('2025-03-14') },
    dateline: { place: 'Mombasa', evidence: span('MOMBASA') },
    eventDate: { date: '2025-03-13', basis: 'text', evidence: span('Thursday') },
    dates: [
      { ...span('2025-03-14'), id: 'd1', type: 'DATE', value: '2025-03-14' },
      { ...span('Thursday'), id: 'd2', type: 'DATE', value: '2025-03-13' },
    ],
    people: [
      {
        id: 'p1',
        name: 'Amina Odhiambo',
        titles: [{ text: 'Transport Minister', role: 'minister', qualifier: null, portfolio: 'transport', country: null, org: null }],
        affiliation: null,
        mentions: [span('Amina Odhiambo')],
      },
    ],
    organizations: [],
    places: [],
    figures: [
      {
        ...span('$450 million'),
        id: 'f1',
        value: 450000000,
        unit: 'USD',
        quantity: 'money',
        approximate: null,
        counts: null,
        change: null,
        sentence: span('Transport Minister Amina Odhiambo said it would cost $450 million.'),
      },
    ],
    agreements: [
      {
        ...span('The ports authority and Nordline signed an agreement'),
        id: 'a1',
        parties: [
          { name: 'ports authority', ref: null },
          { name: 'Nordline', ref: null },
        ],
        action: 'signed an agreement',
        status: 'signed',
        date: '2025-03-13',
      },
    ],
    repairs: [],
  });
}

/** A deep copy to mutate. */
export function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}
