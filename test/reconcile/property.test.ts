import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { EventsSchema, type Event, type Support } from '../../src/schema/events.js';
import type { Article } from '../../src/schema/article.js';
import { article, type ArticleSpec } from './build.js';
import { prng as rng } from '../helpers/prng.js';

const PEOPLE = ['Amina Yusuf', 'Amina Yusef', 'Tomas Varga', 'Laila Haddad', 'Neil Fowler', 'Neil Fowles', 'Varga', 'Mr Haddad', 'Kofi Mensah', 'Kofi Mensa'];
const TITLES = [
  { text: 'Interior Minister', role: 'minister', portfolio: 'interior' },
  { text: 'Minister of the Interior', role: 'minister', portfolio: 'interior' },
  { text: 'acting Ambassador', role: 'ambassador', qualifier: 'acting', country: 'US' },
  { text: "Chargé d'Affaires", role: 'charge_d_affaires', country: 'US' },
  { text: 'envoy', role: 'envoy' },
  { text: 'Finance Minister', role: 'minister', portfolio: 'finance' },
  { text: 'Mayor', role: 'mayor' },
];
const ORGS = ['Water Centre', 'Water Center', 'Port Authority', 'PA', 'Red Crescent', 'Ministry of the Interior'];
const PLACES = ['Kerwan', 'KERWAN', 'Sarne', 'Port Ilo'];
const FIGS = [
  { text: '47%', value: 47, unit: '%', quantity: 'percent', counts: 'decline in crossings' },
  { text: '47 percent', value: 47, unit: '%', quantity: 'percent', counts: 'decline in crossings' },
  { text: '134 tonnes', value: 134, unit: 't', quantity: 'mass', counts: 'grain delivered' },
  { text: '134 tons', value: 134, unit: 'ton', quantity: 'mass', counts: 'grain delivered' },
  { text: '1.5 million', value: 1500000, unit: 'person', quantity: 'count', counts: 'people displaced', approximate: 'about' },
  { text: '1,498,000', value: 1498000, unit: 'person', quantity: 'count', counts: 'people displaced' },
  { text: '37 people', value: 37, unit: 'person', quantity: 'count', counts: 'people killed' },
  { text: '41 people', value: 41, unit: 'person', quantity: 'count', counts: 'people killed' },
  { text: 'five years', value: 5, unit: 'year', quantity: 'duration' },
];
const ACTIONS = ['rebuild the port', 'rebuild the old port', 'share flood data', 'train police officers'];
const STATUSES = ['agreed', 'signed', 'planned', 'discussed'] as const;

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}
function some<T>(r: () => number, list: readonly T[], max: number): T[] {
  const n = Math.floor(r() * (max + 1));
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const x = pick(r, list);
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

/** A random article whose text holds every fact string (so spans are real). */
function randomArticle(r: () => number, i: number): Article {
  const people = some(r, PEOPLE, 3);
  const figures = some(r, FIGS, 3);
  const orgs = some(r, ORGS, 2);
  const places = some(r, PLACES, 2);
  const actions = some(r, ACTIONS, 2);
  const titles = people.map(() => some(r, TITLES, 2));
  const parts = [
    ...people.map((p, k) => `${titles[k].map((t) => t.text).join(' and ')} ${p} spoke.`),
    ...figures.map((f) => `They counted ${f.text} here.`),
    ...orgs.map((o) => `The ${o} helped.`),
    ...places.map((p) => `It was in ${p}.`),
    ...actions.map((a) => `Both sides agreed to ${a}.`),
  ];
  const day = 1 + Math.floor(r() * 12);
  const dated = r() < 0.6;
  const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const date = `2026-03-${String(day).padStart(2, '0')}`;
  const weekday = weekdayNames[new Date(`${date}T00:00:00Z`).getUTCDay()];
  const text = `${dated ? `On ${weekday} ` : ''}${parts.join(' ')}`;
  const spec: ArticleSpec = {
    path: `r${String(i).padStart(3, '0')}.txt`,
    text,
    outlet: pick(r, ['A', 'B', 'C', 'D']),
    eventDate: dated ? { date, basis: 'text', evidence: weekday } : undefined,
    dateline: places.length ? [places[0], 0] : undefined,
    people: people.map((p, k) => ({ name: p, titles: titles[k], mentions: [p] })),
    organizations: orgs.map((o) => ({ name: o, mentions: [o] })),
    places: places.map((p) => ({ name: p, mentions: [p] })),
    figures: figures.map((f) => ({ ...f, text: f.text })),
    agreements: actions.map((a) => ({ text: `agreed to ${a}`, action: a, status: pick(r, STATUSES) })),
  };
  return article(spec);
}

const supportHas = (support: Support[], articleId: string, span?: { start: number; end: number }) =>
  support.some((s) => s.article === articleId && (!span || s.spans.some((x) => x.start === span.start && x.end === span.end)));

function eventOf(events: Event[], id: string): Event {
  const found = events.filter((e) => e.articles.includes(id));
  expect(found).toHaveLength(1);
  return found[0];
}

describe('no value is ever dropped (random article sets)', () => {
  for (let seed = 1; seed <= 40; seed++) {
    it(`seed ${seed}`, () => {
      const r = rng(seed);
      const n = 1 + Math.floor(r() * 9);
      const articles = Array.from({ length: n }, (_, i) => randomArticle(r, i));
      const out = reconcile(articles);
      expect(() => EventsSchema.parse(out)).not.toThrow();
      expect(reconcile([...articles].reverse())).toEqual(out);
      for (const c of out.events.flatMap((e) => e.conflicts)) if (c.kind === 'genuine') expect(c.resolution).toEqual({ value: null, rule: 'unresolved' });
      for (const a of articles) {
        const id = a.source.path!;
        const e = eventOf(out.events, id);
        for (const p of a.people) {
          const o = e.officials.find((x) => x.names.some((nm) => nm.value === p.name && supportHas(nm.support, id)));
          expect(o, `${id}: person ${p.name}`).toBeDefined();
          for (const t of p.titles) expect(o!.titles.some((x) => x.text === t.text && supportHas(x.support, id, t.evidence)), `${id}: title ${t.text}`).toBe(true);
        }
        for (const f of a.figures) expect(e.figures.some((x) => supportHas(x.support, id, f)), `${id}: figure ${f.text}`).toBe(true);
        for (const g of a.agreements) expect(e.agreements.some((x) => supportHas(x.support, id, g)), `${id}: agreement ${g.text}`).toBe(true);
        for (const o of a.organizations) expect(e.organizations.some((x) => x.names.some((nm) => nm.value === o.name && supportHas(nm.support, id))), `${id}: org ${o.name}`).toBe(true);
        for (const p of a.places) expect(e.places.some((x) => x.names.some((nm) => nm.value === p.name && supportHas(nm.support, id))), `${id}: place ${p.name}`).toBe(true);
        if (a.eventDate) {
          const inDate = e.date && e.date.value === a.eventDate.date && supportHas(e.date.support, id);
          const inConflict = e.conflicts.some((c) => c.field === 'date' && c.values.some((v) => v.value === a.eventDate!.date && supportHas(v.sources, id)));
          expect(inDate || inConflict, `${id}: event date`).toBe(true);
        }
        if (a.dateline) {
          const inPlace = e.place && supportHas(e.place.support, id, a.dateline.evidence);
          const inConflict = e.conflicts.some((c) => c.field === 'place' && c.values.some((v) => supportHas(v.sources, id, a.dateline!.evidence)));
          expect(inPlace || inConflict, `${id}: dateline`).toBe(true);
        }
        if (e.date) expect(e.date.articles.map((x) => x.article)).toContain(id);
      }
    });
  }
});
