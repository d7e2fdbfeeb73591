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

function mapSpans<T>(doc: Document, value: T): T {
  if (Array.isArray(value)) return value.map((v) => mapSpans(doc, v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = mapSpans(doc, v);
  if (isSpan(obj)) {
    const start = doc.offsets.toOriginal(obj.start as number, 'start');
    const end = Math.max(start, doc.offsets.toOriginal(obj.end as number, 'end'));
    out.start = start;
    out.end = end;
    out.text = doc.original.slice(start, end);
  }
  return out as T;
}
