import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { article, type ArticleSpec } from './build.js';

/** Negative cases: things reconcile must NOT merge, link or flag. Two reports share two specific figures (one event). */
const TEXT = 'Officials said 3,412 households and 27 villages were cut off after the storm.';
const figs: ArticleSpec['figures'] = [
  { text: '3,412 households', value: 3412, unit: '', quantity: 'count', counts: 'households cut off' },
  { text: '27 villages', value: 27, unit: '', quantity: 'count', counts: 'villages cut off' },
];
const event = (a: Partial<ArticleSpec>, b: Partial<ArticleSpec>, text = TEXT) => {
  const out = reconcile([
    article({ path: 'a.txt', text, figures: figs, ...a }),
    article({ path: 'b.txt', text, figures: figs, ...b }),
  ]);
  expect(out.events).toHaveLength(1);
  return out.events[0];
};

describe('negative cases', () => {
  it('a deputy minister and the minister of one surname are two officials', () => {
    const text = `${TEXT} Minister Sara Okafor and Deputy Minister Sara Okafor`;
    const e = event(
      { people: [{ name: 'Sara Okafor', titles: [{ text: 'Minister', role: 'minister', portfolio: 'health' }] }] },
      { people: [{ name: 'Sara Okafor', titles: [{ text: 'Deputy Minister', role: 'minister', qualifier: 'deputy', portfolio: 'health' }] }] },
      text,
    );
    expect(e.officials).toHaveLength(2);
  });

  it('a former ambassador is not merged with the serving one', () => {
    const text = `${TEXT} Ambassador Li Wen and former ambassador Li Wen`;
    const e = event(
      { people: [{ name: 'Li Wen', titles: [{ text: 'Ambassador', role: 'ambassador', country: 'CN' }] }] },
      { people: [{ name: 'Li Wen', titles: [{ text: 'former ambassador', role: 'ambassador', qualifier: 'former', country: 'CN' }] }] },
      text,
    );
    expect(e.officials).toHaveLength(2);
  });

  it('two organizations with the same two-letter initials stay apart', () => {
    const text = `${TEXT} Red Cross and Rapid Consulting`;
    const e = event({ organizations: [{ name: 'Red Cross' }] }, { organizations: [{ name: 'Rapid Consulting' }] }, text);
    expect(e.organizations.map((o) => o.name)).toEqual(['Red Cross', 'Rapid Consulting']);
  });

  it('a spelling variant does not merge different names ("Centre for Peace" / "Center for Trade")', () => {
    const text = `${TEXT} Centre for Peace and Center for Trade`;
    const e = event({ organizations: [{ name: 'Centre for Peace' }] }, { organizations: [{ name: 'Center for Trade' }] }, text);
    expect(e.organizations).toHaveLength(2);
    expect(e.conflicts).toEqual([]);
  });

  it('different values of a vaguely counted thing are not a genuine conflict', () => {
    const text = `${TEXT} Talks involved 2 countries; later 5 countries joined.`;
    const e = event(
      { figures: [...figs!, { text: '2 countries', value: 2, unit: '', quantity: 'count', counts: 'countries' }] },
      { figures: [...figs!, { text: '5 countries', value: 5, unit: '', quantity: 'count', counts: 'countries' }] },
      text,
    );
    expect(e.conflicts.filter((c) => c.kind === 'genuine')).toEqual([]);
  });

  it('the same wording in every article is no conflict at all', () => {
    const e = event({ people: [{ name: 'Ana Ruiz' }] }, { people: [{ name: 'Ana Ruiz' }] }, `${TEXT} Ana Ruiz`);
    expect(e.conflicts).toEqual([]);
    expect(e.figures.map((f) => f.support.length)).toEqual([2, 2]);
  });

  it('does not link articles that share only officials, even on days close together', () => {
    const mk = (path: string, date: string, text: string) =>
      article({ path, text, eventDate: { date, basis: 'text' }, people: [{ name: 'Ana Ruiz' }, { name: 'Omar Said' }] });
    const out = reconcile([mk('x.txt', '2026-06-01', 'Ana Ruiz met Omar Said.'), mk('y.txt', '2026-06-02', 'Omar Said met Ana Ruiz.')]);
    expect(out.events).toHaveLength(2);
  });
});

describe('positive counterparts', () => {
  it('a rank beside a post is one person ("General" / "Army Chief")', () => {
    const text = `${TEXT} General Omar Haile, the army chief`;
    const e = event(
      { people: [{ name: 'Omar Haile', titles: [{ text: 'General', role: 'general' }] }] },
      { people: [{ name: 'Omar Haile', titles: [{ text: 'army chief', role: 'chief_of_army_staff' }] }] },
      text,
    );
    expect(e.officials).toHaveLength(1);
    expect(e.conflicts.filter((c) => c.kind === 'genuine')).toEqual([]);
  });
});

describe('odd inputs', () => {
  it('no articles → no events', () => {
    expect(reconcile([])).toEqual({ schema: 'newsfacts/events@1', events: [] });
  });

  it('an article with no facts is an event of its own; a name without letters is kept', () => {
    const empty = article({ path: 'e.txt', text: 'Nothing here.' });
    const odd = article({ path: 'o.txt', text: 'Officials — said.', people: [{ name: '—', mentions: ['—'] }] });
    const out = reconcile([empty, odd]);
    expect(out.events.map((e) => e.articles)).toEqual([['e.txt'], ['o.txt']]);
    expect(out.events[1].officials.map((o) => o.name)).toEqual(['—']);
  });

  it('duplicate article ids stay apart by a suffix', () => {
    const a = article({ path: 'same.txt', text: TEXT, figures: figs });
    const out = reconcile([a, a]);
    expect(out.events.flatMap((e) => e.articles)).toEqual(['same.txt', 'same.txt#2']);
  });
});
