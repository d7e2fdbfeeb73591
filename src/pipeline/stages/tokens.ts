import { defineStage } from '../stage.js';
import { tokenize } from '../../text/tokens.js';

/** Tokenizes the repaired text once; every later stage reads these tokens instead of re-tokenizing. */
export const tokensStage = defineStage({
  name: 'tokens',
  requires: [],
  provides: 'tokens',
  run: (doc) => tokenize(doc.text),
});
