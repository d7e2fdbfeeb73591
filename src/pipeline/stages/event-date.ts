import { defineStage, need } from '../stage.js';
import { findEventDate } from '../../dates/event-date.js';

/**
 * The day the main reported event happened: the first past (or neutral) single-day date in the
 * lead, resolved against the publication date; null when the lead does not determine it.
 * Credit lines and the publication-date evidence never count.
 */
export const eventDateStage = defineStage({
  name: 'eventDate',
  requires: ['dates', 'metadata', 'sentences'],
  provides: 'eventDate',
  run: (doc, layers, ctx) => {
    const metadata = need(layers, 'metadata');
    const evidence = metadata.published?.evidence;
    return findEventDate({
      text: doc.text,
      dates: need(layers, 'dates'),
      sentences: need(layers, 'sentences'),
      reference: ctx.reference,
      bodyStart: metadata.bodyStart,
      excluded: evidence ? [...metadata.excluded, evidence] : metadata.excluded,
    });
  },
});
