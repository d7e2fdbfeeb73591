import { defineStage } from '../stage.js';
import { extractOrganizations } from '../../entities/extract-organizations.js';
import { stageInput } from '../../entities/stage-input.js';

/** Organizations with acronyms/aliases linked, kind and country (issue 4). */
export const organizationsStage = defineStage({
  name: 'organizations',
  requires: ['tokens', 'sentences', 'metadata', 'entities'],
  provides: 'organizations',
  run: (doc, layers) => {
    const { input, prep, home } = stageInput(doc, layers);
    return extractOrganizations(input, home, prep);
  },
});
