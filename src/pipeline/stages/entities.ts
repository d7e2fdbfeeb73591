import { defineStage } from '../stage.js';

/** Placeholder until issue 4 lands its extractor: provides an empty layer. */
export const entitiesStage = defineStage({
  name: 'entities',
  requires: ['tokens', 'sentences', 'metadata'],
  provides: 'entities',
  run: () => [],
});
