import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { differentValues } from '../../src/reconcile/figure-relation.js';
import { article } from './build.js';

describe('figure slots across wordings', () => {
  it('a count stated bare in a headline and with its noun in the body still conflicts with another outlet (genuine)', () => {
    const a = article({
      path: 'a.txt',
      text: 'A tremor struck Varnel on Monday, killing two people and injuring dozens.',
      eventDate: { date: '2026-04-06', basis: 'text', evidence: 'Monday' },
      places: [{ name: 'Varnel' }],
      figures: [{ text: 'two people', value: 2, unit: 'person', quantity: 'count', counts: 'people' }],
    });
    const b = article({
      path: 'b.txt',
      text: 'Tremor kills three\n\nThe tremor in Varnel on Monday killed three people and injured dozens.',
      eventDate: { date: '2026-04-06', basis: 'text', evidence: 'Monday' },
      places: [{ name: 'Varnel' }],
      figures: [
        { text: 'three', value: 3, unit: '', quantity: 'count' },
        { text: ['three people', 0], value: 3, unit: 'person', quantity: 'count', counts: 'people' },
      ],
    });
    const out = reconcile([a, b]);
    expect(out.events).toHaveLength(1);
    const genuine = out.events[0].conflicts.filter((c) => c.kind === 'genuine');
    expect(genuine).toHaveLength(1);
    expect(genuine[0].resolution).toEqual({ value: null, rule: 'unresolved' });
  });

  it('a hedged figure without `counts` is read from the words beside it ("injuring at least 40," vs "injuring 42 others")', () => {
    const hedged = article({
      path: 'a.txt',
      text: 'The quake killed two people, injuring at least 40, officials said.',
      figures: [{ text: 'at least 40', value: 40, unit: '', quantity: 'count', approximate: 'at-least' }],
    }).figures[0];
    const exact = article({
      path: 'b.txt',
      text: 'The quake killed three people, injuring 42 others, the minister said.',
      figures: [{ text: '42', value: 42, unit: 'person', quantity: 'count', counts: 'others' }],
    }).figures[0];
    expect(differentValues(hedged, exact)).toBe('variant');
  });

  it('figures with no words in common beside them stay unrelated', () => {
    const a = article({
      path: 'a.txt',
      text: 'Rescuers searched 120 buildings overnight.',
      figures: [{ text: '120', value: 120, unit: '', quantity: 'count' }],
    }).figures[0];
    const b = article({
      path: 'b.txt',
      text: 'Schools stayed closed and 150 tents were set up.',
      figures: [{ text: '150', value: 150, unit: '', quantity: 'count' }],
    }).figures[0];
    expect(differentValues(a, b)).toBeNull();
  });
});
