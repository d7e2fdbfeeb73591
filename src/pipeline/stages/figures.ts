import { defineStage, need } from '../stage.js';
import { extractFigures } from '../../figures/extract.js';

/**
 * Every reported quantity: normalized value, canonical unit, quantity kind, hedge, what it
 * counts, change direction, and its sentence. Numbers inside date spans (the dates stage) and
 * in excluded stretches (metadata) are not figures.
 */
export const figuresStage = defineStage({
  name: 'figures',
  requires: ['tokens', 'sentences', 'metadata', 'dates'],
  provides: 'figures',
  run: (doc, layers) =>
    extractFigures(doc.text, {
      sentences: need(layers, 'sentences'),
      excluded: need(layers, 'metadata').excluded,
      dates: layers.dates ?? [],
    }),
});
