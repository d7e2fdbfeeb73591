import { defineStage } from '../stage.js';

export const metadataStage = defineStage({
  name: 'metadata',
  requires: ['tokens', 'sentences'],
  provides: 'metadata',
  run: (doc) => ({
    title: null,
    outlet: null,
    published: doc.meta.published ? { date: doc.meta.published, basis: 'input' as const, evidence: null } : null,
    dateline: null,
    bodyStart: 0,
    excluded: [],
  }),
});
