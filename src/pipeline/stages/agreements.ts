import { defineStage, need } from '../stage.js';
import { extractAgreements } from '../../agreements/extract.js';

/**
 * Agreements and commitments: who agreed with whom to do what, and how firmly (signed > agreed >
 * committed > planned > offered > discussed). Sentence-level trigger scans over `doc.text`;
 * parties resolved over the entity layers with a country/organization lexicon as fallback.
 */
export const agreementsStage = defineStage({
  name: 'agreements',
  requires: ['tokens', 'sentences', 'metadata', 'dates', 'entities', 'people', 'organizations', 'places'],
  provides: 'agreements',
  run: (doc, layers, ctx) => extractAgreements(doc.text, need(layers, 'sentences'), layers, ctx.reference),
});
