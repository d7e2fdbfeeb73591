import type { Document } from '../document/document.js';
import type { LayerName, Layers } from './layers.js';

/** What every stage may read besides the document and earlier layers. */
export interface RunContext {
  /** Reference date for relative expressions (YYYY-MM-DD): the published date, else null. Set after `metadata`. */
  reference: string | null;
}

/**
 * One step of extraction: reads the document and the layers it requires, returns the layer
 * it provides. Stages add, never edit (spaCy's assigns/requires).
 */
export interface Stage<K extends LayerName = LayerName> {
  name: string;
  requires: readonly LayerName[];
  provides: K;
  run(doc: Document, layers: Readonly<Partial<Layers>> & Pick<Layers, never>, ctx: RunContext): Layers[K];
}

export function defineStage<K extends LayerName>(stage: Stage<K>): Stage<K> {
  return stage;
}

/** Read a required layer, failing loudly if the pipeline order is wrong (a bug, not bad input). */
export function need<K extends LayerName>(layers: Readonly<Partial<Layers>>, name: K): Layers[K] {
  const layer = layers[name];
  if (layer === undefined) throw new Error(`pipeline order: layer "${name}" is not available yet`);
  return layer as Layers[K];
}
