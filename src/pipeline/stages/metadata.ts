import { defineStage } from '../stage.js';
import { readMetadata } from '../../metadata/read-metadata.js';

/** Title, outlet, publication date, dateline, where the body starts, and credit lines to keep out of facts. */
export const metadataStage = defineStage({
  name: 'metadata',
  requires: ['tokens', 'sentences'],
  provides: 'metadata',
  run: (doc) => readMetadata(doc.text, doc.meta),
});
