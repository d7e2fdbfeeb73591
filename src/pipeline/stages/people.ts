import { defineStage } from '../stage.js';
import { extractPeople } from '../../people/extract-people.js';
import { stageInput } from '../../entities/stage-input.js';

/** People with structured titles and every mention linked (issue 4). */
export const peopleStage = defineStage({
  name: 'people',
  requires: ['tokens', 'sentences', 'metadata', 'entities'],
  provides: 'people',
  run: (doc, layers) => {
    const { input, prep, home } = stageInput(doc, layers);
    return extractPeople(input, { contextCountry: home }, prep);
  },
});
