import { defineStage } from '../stage.js';

/** Placeholder until issue 3 lands the event-date rule. */
export const eventDateStage = defineStage({
  name: 'eventDate',
  requires: ['dates', 'metadata'],
  provides: 'eventDate',
  run: () => null,
});
