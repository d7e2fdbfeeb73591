import { defineStage } from '../stage.js';

/** Placeholder until issue 6 lands its extractor: provides an empty layer. */
export const agreementsStage = defineStage({
  name: 'agreements',
  requires: ['tokens', 'sentences', 'metadata'],
  provides: 'agreements',
  run: () => [],
});
