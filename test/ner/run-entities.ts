import { makeDocument } from '../../src/document/document.js';
import type { Layers } from '../../src/pipeline/layers.js';
import type { RunContext } from '../../src/pipeline/stage.js';
import { tokensStage } from '../../src/pipeline/stages/tokens.js';
import { sentencesStage } from '../../src/pipeline/stages/sentences.js';
import { metadataStage } from '../../src/pipeline/stages/metadata.js';
import { entitiesStage } from '../../src/pipeline/stages/entities.js';

/** Runs the stages the entities layer needs, in pipeline order, on a text (other stages stay out of these tests). */
export function runEntities(text: string): Partial<Layers> {
  const doc = makeDocument({ id: 't' } as never, text, { published: '2025-12-07' });
  const layers: Partial<Layers> = {};
  const ctx: RunContext = { reference: '2025-12-07' };
  for (const stage of [tokensStage, sentencesStage, metadataStage, entitiesStage]) {
    (layers as Record<string, unknown>)[stage.provides] = stage.run(doc, layers, ctx);
  }
  return layers;
}
