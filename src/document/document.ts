import type { Source } from '../schema/common.js';
import type { Repair } from '../schema/article.js';
import { OffsetMap } from './offset-map.js';

/** Metadata that came with the input (a JSONL record's fields or options), not read from the text. */
export interface InputMeta {
  /** Publication date given with the input record (wins over the text). */
  published?: string;
  /** `--published`: the reference date when neither the record nor the text states one. */
  publishedOption?: string;
  url?: string;
  outlet?: string;
  title?: string;
}

/**
 * One article being processed: the decoded original, the text the extractors read (after
 * repairs), and the map between them. Extractors work in `text` coordinates; the assembler
 * maps every span back to `original`.
 */
export interface Document {
  source: Source;
  original: string;
  text: string;
  offsets: OffsetMap;
  repairs: Repair[];
  meta: InputMeta;
}

export function makeDocument(source: Source, original: string, meta: InputMeta = {}): Document {
  return { source, original, text: original, offsets: OffsetMap.identity(), repairs: [], meta };
}

/** A span in `doc.text` coordinates, mapped to the original text with its exact original slice. */
export function toOriginalSpan(doc: Document, start: number, end: number): { start: number; end: number; text: string } {
  const s = doc.offsets.toOriginal(start, 'start');
  const e = Math.max(s, doc.offsets.toOriginal(end, 'end'));
  return { start: s, end: e, text: doc.original.slice(s, e) };
}
