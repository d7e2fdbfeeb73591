import { defineStage } from '../stage.js';

/** Placeholder until issue 5 lands its extractor: provides an empty layer. */
export const figuresStage = defineStage({
  name: 'figures',
  requires: ['tokens', 'sentences', 'metadata'],
  provides: 'figures',
  run: () => [],
});
