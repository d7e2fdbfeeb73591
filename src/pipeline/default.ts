import type { Stage } from './stage.js';
import { tokensStage } from './stages/tokens.js';
import { sentencesStage } from './stages/sentences.js';
import { metadataStage } from './stages/metadata.js';
import { datesStage } from './stages/dates.js';
import { entitiesStage } from './stages/entities.js';
import { peopleStage } from './stages/people.js';
import { organizationsStage } from './stages/organizations.js';
import { placesStage } from './stages/places.js';
import { figuresStage } from './stages/figures.js';
import { agreementsStage } from './stages/agreements.js';
import { eventDateStage } from './stages/event-date.js';
import { termsStage } from './stages/terms.js';

/** THE ordered list of stages. Each position is explained; a test checks `requires` against it. */
export const DEFAULT_PIPELINE: readonly Stage[] = [
  tokensStage, // first: every later stage reads the one token array
  sentencesStage, // needs tokens; most extractors work sentence by sentence
  metadataStage, // needs sentences; fixes the reference date (published) that dates resolve against
  datesStage, // needs the reference date from metadata
  entitiesStage, // the name tagger over tokens/sentences
  peopleStage, // needs entity mentions; structures titles and links surname mentions
  organizationsStage, // needs entity mentions
  placesStage, // needs entity mentions
  figuresStage, // needs dates, so years and dates are not taken as figures
  agreementsStage, // needs people/organizations/places for parties and dates for `date`
  eventDateStage, // the main event's day from dates in the lead
  termsStage, // needs metadata (excluded credits) and people (names left out); content terms for reconcile
];
