import { makeDocument, type Document, type InputMeta } from './document/document.js';
import { repairDocument } from './input/repair/index.js';
import { assembleArticle } from './pipeline/assemble.js';
import { runPipeline } from './pipeline/run.js';
import type { Article } from './schema/article.js';
import type { Source } from './schema/common.js';

export interface ExtractOptions {
  /** Reference date (YYYY-MM-DD) when neither the input record nor the text states one. */
  published?: string;
  /** Input repair (mojibake, glued words, web-page residue); on by default. */
  repair?: boolean;
  /** Accumulates per-stage milliseconds when given (benchmarks). */
  timings?: Map<string, number>;
}

/** Text of one article → its facts. Pure apart from timing; the same input gives the same record. */
export function extractText(text: string, source: Source = { id: 'text' }, meta: InputMeta = {}, options: ExtractOptions = {}): Article {
  const doc = prepareDocument(text, source, meta, options);
  const { layers } = runPipeline(doc, undefined, options.timings);
  return assembleArticle(doc, layers);
}

export function prepareDocument(text: string, source: Source, meta: InputMeta, options: ExtractOptions = {}): Document {
  const doc = makeDocument(source, text, options.published ? { ...meta, publishedOption: options.published } : meta);
  return options.repair === false ? doc : repairDocument(doc);
}
