import { makeDocument } from '../../src/document/document.js';
import { runPipeline } from '../../src/pipeline/run.js';

/** Runs the real pipeline (as the CLI does) and returns its dates and event date. */
export function extract(text: string, published?: string) {
  const { layers } = runPipeline(makeDocument({ id: 't' }, text, published ? { published } : {}));
  return { dates: layers.dates ?? [], eventDate: layers.eventDate ?? null };
}

/** `[text] TYPE value` per date, the compact form the tables compare. */
export function summary(text: string, published?: string): string[] {
  return extract(text, published).dates.map((d) => `[${d.text}] ${d.type} ${d.value}`);
}
