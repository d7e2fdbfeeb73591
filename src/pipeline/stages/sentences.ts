import { defineStage, need } from '../stage.js';
import { splitSentences } from '../../text/sentences.js';

export const sentencesStage = defineStage({
  name: 'sentences',
  requires: ['tokens'],
  provides: 'sentences',
  run: (doc, layers) => splitSentences(doc.text, need(layers, 'tokens')),
});
