import { extractAgreements } from '../../src/agreements/extract.js';
import type { Agreement } from '../../src/schema/article.js';
import { splitSentences } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokens.js';

/** Agreements from text alone (no entity layers: parties come from the extractor's own lexicon). */
export function agreementsOf(text: string, reference: string | null = '2025-06-01'): Agreement[] {
  const tokens = tokenize(text);
  return extractAgreements(text, splitSentences(text, tokens), {}, reference);
}
