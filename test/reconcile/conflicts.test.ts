import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { article, type ArticleSpec } from './build.js';

/** Two reports sharing two specific figures, so they are one event; `extra` adds what a case needs. */
const TEXT_A = 'The bridge over the Sarne river collapsed on Friday, injuring 58 commuters and closing 14 km of road.';
const TEXT_B = 'Saturday: 58 commuters were injured and 14 km of highway closed after the Sarne bridge gave way.';
const pair = (a: Partial<ArticleSpec>, b: Partial<ArticleSpec>, textA = TEXT_A, textB = TEXT_B) => [
  article({
    path: 'a.txt',
    text: textA,
    outlet: 'Outlet A',
    figures: [
      { text: '58 commuters', value: 58, unit: 'person', quantity: 'count', counts: 'commuters injured' },
      { text: '14 km', value: 14, unit: 'km', quantity: 'length', counts: 'road closed' },
    ],
    ...a,
  }),
  article({
    path: 'b.txt',
    text: textB,
    outlet: 'Outlet B',
    figures: [
      { text: '58 commuters', value: 58, unit: 'person', quantity: 'count', counts: 'commuters injured' },
      { text: '14 km', value: 14, unit: 'km', quantity: 'length', counts: 'highway closed' },
    ],
    ...b,
  }),
];
const one = (articles: ReturnType<typeof pair>) => {
  const out = reconcile(articles);
  expect(out.events).toHaveLength(1);
  return out.events[0];
};

describe('conflicts', () => {
  it('Friday vs Saturday is a genuine date conflict: no date is picked, both stay', () => {
    const e = one(pair({ eventDate: { date: '2026-04-10', basis: 'text', evidence: 'Friday' } }, { eventDate: { date: '2026-04-11', basis: 'text', evidence: 'Saturday' } }));
    const c = e.conflicts.find((x) => x.field === 'date')!;
    expect(c.kind).toBe('genuine');
    expect(c.resolution).toEqual({ value: null, rule: 'unresolved' });
    expect(c.values.map((v) => v.value).sort()).toEqual(['2026-04-10', '2026-04-11']);
    expect(e.date).toBeNull();
  });

  it('a follow-up that also dates the event is no date disagreement (variant)', () => {
    const arts = pair({ eventDate: { date: '2026-04-10', basis: 'text', evidence: 'Friday' } }, { eventDate: { date: '2026-04-11', basis: 'text', evidence: 'Saturday' } });
    // b.txt leads with Saturday's development but also dates Friday's event.
    const day = (id: string, value: string) => ({ id, start: 0, end: 8, text: 'Saturday', type: 'DATE' as const, value });
    arts[1] = { ...arts[1], dates: [day('d1', '2026-04-11'), day('d2', '2026-04-10')] };
    const e = one(arts);
    expect(e.date?.value).toBe('2026-04-10');
    expect(e.conflicts.find((c) => c.field === 'date')).toMatchObject({ kind: 'variant', resolution: { value: '2026-04-10', rule: 'majority-independent' } });
  });

  it('the office most sources give anchors the resolved title; a stray title elsewhere does not win', () => {
    const text = 'Ambassador Jiang Lin met the Minister for Planning Jiang Lin; 58 commuters were hurt on 14 km of road.';
    const amb = { text: 'Ambassador', role: 'ambassador', country: 'CN' };
    const e = one(
      pair(
        { people: [{ name: 'Jiang Lin', titles: [amb] }] },
        { people: [{ name: 'Jiang Lin', titles: [amb, { text: 'Minister for Planning', role: 'minister', qualifier: 'federal', portfolio: 'planning' }] }] },
        text,
        text,
      ),
    );
    expect(e.officials[0].title?.text).toBe('Ambassador');
  });

  it('a stated weekday that is not the weekday of the date is genuine', () => {
    const text = 'On Friday, April 11 the bridge over the Sarne river collapsed, injuring 58 commuters on 14 km of road.';
    const e = one(pair({ eventDate: { date: '2026-04-11', basis: 'text', evidence: 'Friday, April 11' } }, {}, text));
    const c = e.conflicts.find((x) => x.field === 'date')!;
    expect(c.kind).toBe('genuine');
    expect(c.values.map((v) => v.value)).toEqual(['2026-04-11', 'Friday']);
  });

  it('a stated day wins over a publication day (variant, most-specific)', () => {
    const e = one(pair({ eventDate: { date: '2026-04-10', basis: 'text', evidence: 'Friday' } }, { eventDate: { date: '2026-04-11', basis: 'published' } }));
    expect(e.date?.value).toBe('2026-04-10');
    expect(e.conflicts.find((x) => x.field === 'date')).toMatchObject({ kind: 'variant', resolution: { value: '2026-04-10', rule: 'most-specific' } });
  });

  it('different counts of the same thing are genuine; an article stating both is not', () => {
    const textA = 'The bridge collapse injured 58 commuters and closed 14 km of road, with 9 people killed.';
    const textB = 'The bridge collapse injured 58 commuters and closed 14 km of road; 12 people were killed.';
    const killed = (text: string, v: number) => ({ text: `${v} people`, value: v, unit: 'person', quantity: 'count', counts: 'people killed' }) as const;
    const base = pair({}, {}, textA, textB);
    const a = article({ path: 'a.txt', text: textA, outlet: 'A', figures: [...base[0].figures.map(({ text, value, unit, quantity, counts }) => ({ text, value, unit, quantity, counts: counts! })), killed(textA, 9)] });
    const b = article({ path: 'b.txt', text: textB, outlet: 'B', figures: [...base[1].figures.map(({ text, value, unit, quantity, counts }) => ({ text, value, unit, quantity, counts: counts! })), killed(textB, 12)] });
    const e = one([a, b]);
    const c = e.conflicts.find((x) => x.kind === 'genuine')!;
    expect(c.resolution).toEqual({ value: null, rule: 'unresolved' });
    expect(c.values.map((v) => v.value).sort()).toEqual(['12 person', '9 person']);
    expect(e.figures.filter((f) => f.counts === 'people killed').map((f) => f.value).sort()).toEqual([12, 9]);

    const both = 'The toll rose from 9 people killed to 12 people killed; 58 commuters were hurt on 14 km of road.';
    const c2 = article({
      path: 'c.txt',
      text: both,
      figures: [
        { text: '58 commuters', value: 58, unit: 'person', quantity: 'count', counts: 'commuters injured' },
        { text: '14 km', value: 14, unit: 'km', quantity: 'length', counts: 'road closed' },
        killed(both, 9),
        killed(both, 12),
      ],
    });
    expect(one([a, c2]).conflicts.filter((x) => x.kind === 'genuine')).toEqual([]);
  });

  it('keeps Neil Fowler and Neil Fowles apart (different surnames)', () => {
    const text = 'Neil Fowler and Neil Fowles inspected the bridge; 58 commuters were hurt on 14 km of road.';
    const e = one(pair({ people: [{ name: 'Neil Fowler' }] }, { people: [{ name: 'Neil Fowles' }] }, text, text));
    expect(e.officials.map((o) => o.name)).toEqual(['Neil Fowler', 'Neil Fowles']);
    expect(e.conflicts.filter((c) => c.field.startsWith('officials'))).toEqual([]);
  });

  it('a surname-only mention in another article joins the full name; a tie of spellings is unresolved', () => {
    const text = 'Mayor Ilse Brandt and Mayor Brandt and Ilze Brandt visited; 58 commuters were hurt on 14 km of road.';
    const mayor = [{ text: 'Mayor', role: 'mayor' }];
    let e = one(pair({ people: [{ name: 'Ilse Brandt', titles: mayor }] }, { people: [{ name: 'Brandt', titles: mayor, mentions: ['Mayor Brandt'] }] }, text, text));
    expect(e.officials).toHaveLength(1);
    expect(e.officials[0].name).toBe('Ilse Brandt');
    e = one(pair({ people: [{ name: 'Ilse Brandt', titles: mayor }] }, { people: [{ name: 'Ilze Brandt', titles: mayor }] }, text, text));
    expect(e.officials).toHaveLength(1);
    expect(e.conflicts.find((c) => c.field.endsWith('.name'))).toMatchObject({ kind: 'typo', resolution: { value: null, rule: 'unresolved' } });
  });

  it('incompatible roles keep same-named records apart; two offices stated in one article are no conflict', () => {
    const text = 'Interior Minister Rana Sial, also Finance Minister, spoke; 58 commuters were hurt on 14 km of road.';
    const interior = { text: 'Interior Minister', role: 'minister', portfolio: 'interior' };
    const finance = { text: 'Finance Minister', role: 'minister', portfolio: 'finance' };
    let e = one(pair({ people: [{ name: 'Rana Sial', titles: [interior] }] }, { people: [{ name: 'Rana Sial', titles: [finance] }] }, text, text));
    // Roles are incompatible, so they are not merged as one person at all.
    expect(e.officials).toHaveLength(2);
    e = one(pair({ people: [{ name: 'Rana Sial', titles: [interior, finance] }] }, { people: [{ name: 'Rana Sial', titles: [finance] }] }, text, text));
    expect(e.officials).toHaveLength(1);
    expect(e.conflicts.filter((c) => c.kind === 'genuine')).toEqual([]);
    expect(e.officials[0].titles.map((t) => t.text).sort()).toEqual(['Finance Minister', 'Interior Minister']);
  });

  it('one ministry’s related portfolios (energy / petroleum) keep a same-named person one official (variant, not genuine)', () => {
    const text = 'Energy and Petroleum Minister Amos Keter spoke; 58 commuters were hurt on 14 km of road.';
    const energy = { text: 'Energy Minister', role: 'minister', portfolio: 'energy' };
    const petroleum = { text: 'Petroleum Minister', role: 'minister', portfolio: 'petroleum' };
    const e = one(pair({ people: [{ name: 'Amos Keter', titles: [energy] }] }, { people: [{ name: 'Amos Keter', titles: [petroleum] }] }, text, text));
    expect(e.officials).toHaveLength(1);
    const c = e.conflicts.find((x) => x.field.endsWith('.title'))!;
    expect(c.kind).toBe('variant');
    expect(c.note).toMatch(/portfolios/);
    // Unrelated portfolios still keep them apart (the test above), and a near name needs compatible roles.
    const typo = one(pair({ people: [{ name: 'Amos Keter', titles: [energy] }] }, { people: [{ name: 'Amos Ketter', titles: [petroleum] }] }, text, text.replace('Keter', 'Ketter')));
    expect(typo.officials).toHaveLength(2);
  });

  it('merges an acronym with the full name across articles (equivalent)', () => {
    const text = 'The Federal Investigation Agency (FIA) opened a case; 58 commuters were hurt on 14 km of road.';
    const e = one(pair({ organizations: [{ name: 'Federal Investigation Agency' }] }, { organizations: [{ name: 'FIA' }] }, text, text));
    expect(e.organizations).toHaveLength(1);
    expect(e.organizations[0].name).toBe('Federal Investigation Agency');
    expect(e.conflicts.find((c) => c.field.startsWith('organizations'))?.kind).toBe('equivalent');
  });

  it('merges "Interior Ministry" with "Ministry of the Interior" (word order)', () => {
    const text = 'The Interior Ministry, that is the Ministry of the Interior, said 58 commuters were hurt on 14 km of road.';
    const e = one(pair({ organizations: [{ name: 'Interior Ministry' }] }, { organizations: [{ name: 'Ministry of the Interior' }] }, text, text));
    expect(e.organizations).toHaveLength(1);
    expect(e.conflicts.find((c) => c.field.startsWith('organizations'))?.kind).toBe('equivalent');
  });

  it('reports agreement stages as a variant resolved to the firmest', () => {
    const text = 'The two cities agreed to rebuild the Sarne bridge and signed a deal to rebuild the bridge; 58 commuters, 14 km.';
    const e = one(
      pair(
        { agreements: [{ text: 'agreed to rebuild the Sarne bridge', action: 'rebuild the Sarne bridge', status: 'agreed' }] },
        { agreements: [{ text: 'signed a deal to rebuild the bridge', action: 'rebuild the bridge', status: 'signed' }] },
        text,
        text,
      ),
    );
    expect(e.agreements).toHaveLength(1);
    expect(e.conflicts.find((c) => c.field.startsWith('agreements'))).toMatchObject({ kind: 'variant', resolution: { value: 'signed', rule: 'most-specific' } });
  });

  it('datelines that differ only in case are one place', () => {
    const e = one(pair({ dateline: 'Sarne' }, { dateline: 'SARNE' }, 'Sarne: 58 commuters were hurt on 14 km of road.', 'SARNE - 58 commuters were hurt on 14 km of road.'));
    expect(e.place?.value).toBe('Sarne');
    expect(e.place?.support.map((s) => s.article)).toEqual(['a.txt', 'b.txt']);
    expect(e.conflicts.filter((c) => c.field === 'place')).toEqual([]);
  });
});
