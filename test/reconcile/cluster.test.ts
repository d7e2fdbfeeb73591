import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { article, type ArticleSpec } from './build.js';

/** A short report of a flood in a made-up district: the same facts in other words per outlet. */
const floodA = (over: Partial<ArticleSpec> = {}) =>
  article({
    path: 'a.txt',
    text: 'Floods in Kerwan district killed 37 people on Tuesday and damaged 1,240 homes, provincial officials said.',
    published: '2026-03-04',
    eventDate: { date: '2026-03-03', basis: 'text', evidence: 'Tuesday' },
    places: [{ name: 'Kerwan' }],
    figures: [
      { text: '37 people', value: 37, unit: 'person', quantity: 'count', counts: 'people killed' },
      { text: '1,240 homes', value: 1240, unit: '', quantity: 'count', counts: 'homes damaged' },
    ],
    ...over,
  });

const floodB = (over: Partial<ArticleSpec> = {}) =>
  article({
    path: 'b.txt',
    text: 'At least 37 people died when floodwater swept through Kerwan, where 1,240 houses were damaged.',
    places: [{ name: 'Kerwan' }],
    figures: [
      { text: '37 people', value: 37, unit: 'person', quantity: 'count', counts: 'people died' },
      { text: '1,240 houses', value: 1240, unit: '', quantity: 'count', counts: 'houses damaged' },
    ],
    ...over,
  });

/** Two officials who meet often: the same names, different days, different topics. */
const meeting = (path: string, date: string | null, text: string, figures: ArticleSpec['figures'] = []) =>
  article({
    path,
    text,
    eventDate: date ? { date, basis: 'text' } : undefined,
    people: [
      { name: 'Laila Haddad', titles: [{ text: 'Trade Minister', role: 'minister', portfolio: 'trade' }] },
      { name: 'Tomas Varga', titles: [{ text: 'Ambassador', role: 'ambassador' }] },
    ],
    figures,
    agreements: [{ text, action: text, status: 'discussed' }],
  });

const groups = (articles: ReturnType<typeof article>[]) => reconcile(articles).events.map((e) => e.articles);

describe('event clustering', () => {
  it('joins an undated article by shared specific figures; it inherits the date (cluster)', () => {
    const out = reconcile([floodA(), floodB()]);
    expect(out.events).toHaveLength(1);
    expect(out.events[0].date).toMatchObject({ value: '2026-03-03', basis: 'text' });
    expect(out.events[0].date!.articles).toEqual([
      { article: 'a.txt', basis: 'text' },
      { article: 'b.txt', basis: 'cluster' },
    ]);
  });

  it('vetoes event days more than 3 days apart whatever else is shared', () => {
    const b = floodB({ eventDate: { date: '2026-03-08', basis: 'text' } });
    expect(groups([floodA(), b])).toEqual([['a.txt'], ['b.txt']]);
    const c = floodB({ eventDate: { date: '2026-03-06', basis: 'text' } });
    expect(groups([floodA(), c])).toEqual([['a.txt', 'b.txt']]);
  });

  it('an undated article cannot join an event later than its own publication', () => {
    const b = floodB({ published: '2026-02-20' });
    expect(groups([floodA(), b])).toEqual([['a.txt'], ['b.txt']]);
  });

  it('the same two officials on different days are two events (weak evidence alone never links)', () => {
    const m1 = meeting('m1.txt', '2026-02-02', 'Laila Haddad met Tomas Varga to discuss tariffs.');
    const m2 = meeting('m2.txt', '2026-05-19', 'Laila Haddad met Tomas Varga to discuss tariffs.');
    expect(groups([m1, m2])).toEqual([['m1.txt'], ['m2.txt']]);
    const undated = meeting('m3.txt', null, 'Laila Haddad and Tomas Varga spoke about a port project.');
    expect(groups([m1, undated])).toEqual([['m1.txt'], ['m3.txt']]);
  });

  it('same day + shared officials + some similarity links; a year is not a shared figure', () => {
    const year = [{ text: '2025', value: 2025, unit: '', quantity: 'count' }];
    const m1 = meeting('m1.txt', '2026-02-02', 'In talks on tariffs since 2025, Laila Haddad met Tomas Varga.', year);
    const m2 = meeting('m2.txt', null, 'Tariffs dominated as Tomas Varga met Laila Haddad, as in 2025.', year);
    expect(groups([m1, m2])).toEqual([['m1.txt'], ['m2.txt']]);
    const m3 = meeting('m3.txt', '2026-02-02', 'Tariffs and the port dominated when Tomas Varga met Laila Haddad.');
    expect(groups([m1, m3])).toEqual([['m1.txt', 'm3.txt']]);
  });

  it('does not chain two dated events through an undated article (cluster-level veto)', () => {
    const a = floodA();
    const b = floodB();
    const c = floodA({ path: 'c.txt', eventDate: { date: '2026-03-20', basis: 'text' }, published: '2026-03-21' });
    const out = groups([a, b, c]);
    expect(out).toHaveLength(2);
    expect(out).toContainEqual(['c.txt']);
  });

  it('a shared round figure ("50%") is not strong evidence; a specific one ("47%") is', () => {
    const mk = (path: string, text: string, value: number) =>
      article({ path, text, figures: [{ text: `${value}%`, value, unit: '%', quantity: 'percent', counts: 'turnout' }], agreements: [{ text, action: text, status: 'discussed' }] });
    const round = [mk('x.txt', 'Turnout was 50% in the northern vote.', 50), mk('y.txt', 'Some 50% of the port workers joined the strike.', 50)];
    expect(groups(round)).toEqual([['x.txt'], ['y.txt']]);
    const specific = [mk('x.txt', 'Turnout was 47% in the northern vote.', 47), mk('y.txt', 'The northern vote saw 47% turnout.', 47)];
    expect(groups(specific)).toEqual([['x.txt', 'y.txt']]);
  });

  it('two shared officials link undated reports only with clear textual similarity', () => {
    const long = (path: string, text: string) =>
      article({
        path,
        text,
        people: [{ name: 'Laila Haddad' }, { name: 'Tomas Varga' }],
        agreements: [{ text, action: text, status: 'agreed' }],
      });
    const a = long('p.txt', 'Laila Haddad and Tomas Varga agreed to widen the harbour channel, dredge the eastern basin and rebuild three cargo piers and the fishing jetty before the monsoon floods arrive.');
    const b = long('q.txt', 'Tomas Varga and Laila Haddad agreed to dredge the eastern basin, widen the harbour channel and rebuild cargo piers and the fishing jetty ahead of the monsoon floods.');
    const c = long('r.txt', 'Laila Haddad and Tomas Varga agreed on visa fees for students, seasonal farm workers and nurses joining hospitals and clinics in the capital region from next spring.');
    expect(groups([a, b, c])).toEqual([['p.txt', 'q.txt'], ['r.txt']]);
  });

  it('same day and similar wording, but places apart: two floods are two events', () => {
    const flood = (path: string, place: string, killed: number, homes: string) => {
      const text = `Floods in ${place} killed ${killed} people on Monday and destroyed ${homes} houses, emergency officials said, as rescuers searched villages.`;
      return article({
        path,
        text,
        eventDate: { date: '2026-08-17', basis: 'text' },
        places: [{ name: place }],
        figures: [{ text: `${killed} people`, value: killed, unit: 'person', quantity: 'count', counts: 'people killed' }],
        agreements: [{ text, action: text, status: 'discussed' }],
      });
    };
    const out = groups([flood('k1.txt', 'Kano', 19, '640'), flood('m1.txt', 'Maradi', 11, '380'), flood('k2.txt', 'Kano', 19, 'about 640')]);
    expect(out).toEqual([['k1.txt', 'k2.txt'], ['m1.txt']]);
  });
});
