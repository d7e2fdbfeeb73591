import { defineStage, need } from '../stage.js';
import { findDates } from '../../dates/extract.js';
import { datelineReference } from '../../dates/dateline-ref.js';

/**
 * Every temporal expression (DATE, TIME, DURATION, SET) with its TimeML extent and TIMEX3 value,
 * resolved against the reference date with news conventions (the dateline day when wire copy is
 * published a day or two after it). Ids `d1`, `d2`… in text order.
 * Credit lines (metadata `excluded`) keep their dates here: they are date expressions; the
 * event-date stage ignores them.
 */
export const datesStage = defineStage({
  name: 'dates',
  requires: ['tokens', 'sentences', 'metadata'],
  provides: 'dates',
  run: (doc, layers, ctx) => {
    const sentences = need(layers, 'sentences');
    let found = findDates(doc.text, ctx.reference, sentences);
    // Wire copy published a day or two after its dateline day counts from the dateline day.
    const written = datelineReference(found, need(layers, 'metadata'), ctx.reference);
    if (written) found = findDates(doc.text, written, sentences);
    return found.map((d, i) => ({
      id: `d${i + 1}`,
      start: d.start,
      end: d.end,
      text: d.text,
      type: d.type,
      value: d.value,
    }));
  },
});
