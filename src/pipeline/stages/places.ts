import { defineStage } from '../stage.js';

/** Placeholder until issue 4 lands its extractor: provides an empty layer. */
export const placesStage = defineStage({
  name: 'places',
  requires: ['tokens', 'sentences', 'metadata'],
  provides: 'places',
  run: () => [],
});
