import { defineStage } from '../stage.js';

/** Placeholder until issue 4 lands its extractor: provides an empty layer. */
export const organizationsStage = defineStage({
  name: 'organizations',
  requires: ['tokens', 'sentences', 'metadata'],
  provides: 'organizations',
  run: () => [],
});
