import { makeDocument } from '../../src/document/document.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { tokensStage } from '../../src/pipeline/stages/tokens.js';
import { sentencesStage } from '../../src/pipeline/stages/sentences.js';
import { metadataStage } from '../../src/pipeline/stages/metadata.js';
import { datesStage } from '../../src/pipeline/stages/dates.js';
import { eventDateStage } from '../../src/pipeline/stages/event-date.js';

/** The stages dates and the event date depend on, in the default order (other extractors left out). */
const STAGES = [tokensStage, sentencesStage, metadataStage, datesStage, eventDateStage];

/** Runs the pipeline (the CLI's runner) and returns its dates and event date. */
export function extract(text: string, published?: string) {
  const { layers } = runPipeline(makeDocument({ id: 't' }, text, published ? { published } : {}), STAGES);
  return { dates: layers.dates ?? [], eventDate: layers.eventDate ?? null };
}

/** `[text] TYPE value` per date, the compact form the tables compare. */
export function summary(text: string, published?: string): string[] {
  return extract(text, published).dates.map((d) => `[${d.text}] ${d.type} ${d.value}`);
}
