import type { Document } from '../document/document.js';
import { ArticleSchema, ARTICLE_SCHEMA_ID, type Article } from '../schema/article.js';
import { sha256Hex } from '../text/hash.js';
import type { Layers } from './layers.js';

/**
 * Layers → the article record. Every `{start, end, text}` object the stages produced is in
 * `doc.text` coordinates; here each is mapped to the ORIGINAL text (its `text` re-sliced from
 * the original), then the record goes through `ArticleSchema.parse` (validation + key order).
 */
export function assembleArticle(doc: Document, layers: Partial<Layers>): Article {
  const meta = layers.metadata;
  const draft = {
    schema: ARTICLE_SCHEMA_ID,
    source: { ...doc.source, sha256: sha256Hex(doc.original), chars: doc.original.length },
    title: meta?.title ?? null,
    outlet: meta?.outlet ?? null,
    published: meta?.published ?? null,
    dateline: meta?.dateline ?? null,
    eventDate: layers.eventDate ?? null,
    dates: layers.dates ?? [],
    people: layers.people ?? [],
    organizations: layers.organizations ?? [],
    places: layers.places ?? [],
    figures: layers.figures ?? [],
    agreements: layers.agreements ?? [],
    ...(layers.terms ? { terms: layers.terms } : {}),
  };
  const mapped = doc.offsets.isIdentity ? draft : mapSpans(doc, draft);
  return ArticleSchema.parse({ ...mapped, repairs: doc.repairs });
}

function isSpan(v: Record<string, unknown>): boolean {
  return typeof v.start === 'number' && typeof v.end === 'number' && typeof v.text === 'string';
}

/**
 * `value` with every span in it mapped to the original text. Copy-on-write: only the objects
 * and arrays on the way to a span are copied, the rest is shared (`ArticleSchema.parse` copies
 * the whole record anyway), so records without repairs' offsets cost nothing and the others
 * little.
 */
function mapSpans<T>(doc: Document, value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const mapped = mapSpans(doc, value[i]);
      if (mapped !== value[i]) (out ??= value.slice())[i] = mapped;
    }
    return (out ?? value) as T;
  }
  const obj = value as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  for (const key of Object.keys(obj)) {
    const mapped = mapSpans(doc, obj[key]);
    if (mapped !== obj[key]) (out ??= { ...obj })[key] = mapped;
  }
  if (isSpan(obj)) {
    out ??= { ...obj };
    const start = doc.offsets.toOriginal(obj.start as number, 'start');
    const end = Math.max(start, doc.offsets.toOriginal(obj.end as number, 'end'));
    out.start = start;
    out.end = end;
    out.text = doc.original.slice(start, end);
  }
  return (out ?? obj) as T;
}
