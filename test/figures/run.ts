import { makeDocument } from '../../src/document/document.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { DEFAULT_PIPELINE } from '../../src/pipeline/default.js';
import type { Figure } from '../../src/schema/article.js';

/** The stages the figures stage reads, in the CLI's order, then figures itself. */
const STAGES = DEFAULT_PIPELINE.filter((s) => ['tokens', 'sentences', 'metadata', 'dates', 'figures'].includes(s.name));

export function figuresOf(text: string, published = '2025-12-07'): Figure[] {
  return runPipeline(makeDocument({ id: 'test' }, text, { published }), STAGES).layers.figures ?? [];
}
