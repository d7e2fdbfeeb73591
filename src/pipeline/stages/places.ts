import { defineStage, need } from '../stage.js';
import { extractPlaces } from '../../entities/extract-places.js';
import { stageInput } from '../../entities/stage-input.js';

/** Places (countries, provinces, cities) with every mention grouped (issue 4). */
export const placesStage = defineStage({
  name: 'places',
  requires: ['tokens', 'sentences', 'metadata', 'entities', 'people'],
  provides: 'places',
  run: (doc, layers) => {
    const { input, prep } = stageInput(doc, layers);
    const people = need(layers, 'people');
    const titles = people.flatMap((p) => p.titles.flatMap((t) => (t.evidence ? [t.evidence] : [])));
    return extractPlaces(input, prep, people.flatMap((p) => p.mentions), titles);
  },
});
