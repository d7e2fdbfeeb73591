import { defineStage } from '../stage.js';

/** Placeholder until issue 3 lands its extractor: provides an empty layer. */
export const datesStage = defineStage({
  name: 'dates',
  requires: ['tokens', 'sentences', 'metadata'],
  provides: 'dates',
  run: () => [],
});
