import { defineStage } from '../stage.js';

/** Placeholder until issue 4 lands its extractor: provides an empty layer. */
export const peopleStage = defineStage({
  name: 'people',
  requires: ['tokens', 'sentences', 'metadata'],
  provides: 'people',
  run: () => [],
});
