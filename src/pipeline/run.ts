import type { Document } from '../document/document.js';
import type { Layers } from './layers.js';
import type { RunContext, Stage } from './stage.js';
import { DEFAULT_PIPELINE } from './default.js';

export interface StageTiming {
  stage: string;
  ms: number;
}

/** Runs the stages in order over one document; each stage adds its layer. */
export function runPipeline(
  doc: Document,
  stages: readonly Stage[] = DEFAULT_PIPELINE,
  timings?: Map<string, number>,
): { layers: Partial<Layers>; ctx: RunContext } {
  const layers: Partial<Layers> = {};
  const ctx: RunContext = { reference: doc.meta.published ?? doc.meta.publishedOption ?? null };
  for (const stage of stages) {
    const t0 = timings ? performance.now() : 0;
    (layers as Record<string, unknown>)[stage.provides] = stage.run(doc, layers, ctx);
    if (stage.provides === 'metadata') ctx.reference = layers.metadata?.published?.date ?? null;
    if (timings) timings.set(stage.name, (timings.get(stage.name) ?? 0) + performance.now() - t0);
  }
  return { layers, ctx };
}
