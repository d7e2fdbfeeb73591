import { defineStage, need } from '../stage.js';
import { findDates } from '../../dates/extract.js';

/**
 * Every temporal expression (DATE, TIME, DURATION, SET) with its TimeML extent and TIMEX3 value,
 * resolved against the reference date with news conventions. Ids `d1`, `d2`… in text order.
 * Credit lines (metadata `excluded`) keep their dates here: they are date expressions; the
 * event-date stage ignores them.
 */
export const datesStage = defineStage({
  name: 'dates',
  requires: ['tokens', 'sentences', 'metadata'],
  provides: 'dates',
  run: (doc, layers, ctx) => {
    const sentences = need(layers, 'sentences');
    return findDates(doc.text, ctx.reference, sentences).map((d, i) => ({
      id: `d${i + 1}`,
      start: d.start,
      end: d.end,
      text: d.text,
      type: d.type,
      value: d.value,
    }));
  },
});
