import { describe, expect, it } from 'vitest';
import { normalizeTitle, titleRelation } from '../../src/reconcile/titles.js';
import type { TitleFact } from '../../src/schema/article.js';

type T = Partial<TitleFact> & { text: string };
const t = (x: T): TitleFact => ({ role: null, qualifier: null, portfolio: null, country: null, org: null, ...x });
const rel = (a: T, b: T) => titleRelation(normalizeTitle(t(a)), normalizeTitle(t(b)));

const actingAmb = { text: 'acting US Ambassador', role: 'ambassador', qualifier: 'acting', country: 'US' };
const charge = { text: "Chargé d'Affaires a.i.", role: 'charge_d_affaires', qualifier: 'a.i.', country: 'US' };
const bareCharge = { text: "US Chargé d'Affaires", role: 'charge_d_affaires', country: 'US' };
const amb = { text: 'US Ambassador', role: 'ambassador', country: 'US' };
const envoy = { text: 'the envoy', role: 'envoy' };
const interiorMin = { text: 'Interior Minister', role: 'minister', portfolio: 'interior' };
const ministerOfInterior = { text: 'Minister of the Interior', role: 'minister', portfolio: 'interior', country: 'PK' };
const federal = { text: 'Federal Minister for Interior', role: 'minister', qualifier: 'federal', portfolio: 'interior' };

describe('title ontology', () => {
  it.each([
    ['acting ambassador ≡ chargé d’affaires a.i. (Vienna Convention arts. 14, 19)', actingAmb, charge, 'equivalent'],
    ['acting ambassador ≡ a chargé d’affaires without "a.i."', actingAmb, bareCharge, 'equivalent'],
    ['bare ambassador beside acting ambassador', amb, actingAmb, 'variant'],
    ['bare ambassador beside chargé d’affaires', amb, charge, 'variant'],
    ['envoy beside chargé d’affaires', envoy, charge, 'variant'],
    ['envoy beside ambassador', envoy, amb, 'variant'],
    ['Interior Minister ≡ Minister of the Interior', interiorMin, ministerOfInterior, 'equivalent'],
    ['Interior Minister ≡ Federal Minister for Interior', interiorMin, federal, 'equivalent'],
    ['Home Minister ≡ Interior Minister', { text: 'Home Minister', role: 'minister', portfolio: 'home' }, interiorMin, 'equivalent'],
    ['High Commissioner ≡ ambassador', { text: 'British High Commissioner', role: 'high_commissioner', country: 'GB' }, { text: 'UK ambassador', role: 'ambassador', country: 'GB' }, 'equivalent'],
    ['Minister beside Interior Minister', { text: 'Minister', role: 'minister' }, interiorMin, 'variant'],
    ['Defense/Defence Minister', { text: 'Defense Minister', role: 'minister', portfolio: 'defense' }, { text: 'Defence Minister', role: 'minister', portfolio: 'defence' }, 'equivalent'],
  ])('%s', (_, a, b, expected) => {
    expect(rel(a, b)).toBe(expected);
    expect(rel(b, a)).toBe(expected);
  });

  it.each([
    ['another portfolio', interiorMin, { text: 'Finance Minister', role: 'minister', portfolio: 'finance' }],
    ['another country', amb, { text: 'UK Ambassador', role: 'ambassador', country: 'GB' }],
    ['a deputy is another office', interiorMin, { text: 'Deputy Interior Minister', role: 'minister', qualifier: 'deputy', portfolio: 'interior' }],
    ['a former ambassador is not the ambassador', amb, { text: 'former US ambassador', role: 'ambassador', qualifier: 'former', country: 'US' }],
    ['minister vs ambassador', interiorMin, amb],
    ['prime minister vs minister', { text: 'Prime Minister', role: 'prime_minister' }, { text: 'Minister', role: 'minister' }],
  ])('incompatible: %s', (_, a, b) => {
    expect(rel(a, b)).toBe('incompatible');
  });
});

describe('country-specific senses', () => {
  const cs = { text: "Kenya's Interior Cabinet Secretary", role: 'cabinet_secretary', portfolio: 'interior', country: 'KE' };
  it('a Kenyan Cabinet Secretary is a minister; a Pakistani interior secretary is not', () => {
    expect(rel(cs, interiorMin)).toBe('equivalent');
    expect(rel({ text: 'Interior Secretary', role: 'secretary', portfolio: 'interior', country: 'PK' }, interiorMin)).toBe('incompatible');
    expect(rel({ text: 'Home Secretary', role: 'secretary', portfolio: 'home_affairs', country: 'GB' }, interiorMin)).toBe('equivalent');
  });
  it('uses the context country when the title states none', () => {
    const bare = { text: 'Cabinet Secretary for Interior', role: 'cabinet_secretary', portfolio: 'interior' };
    expect(titleRelation(normalizeTitle(t(bare), 'KE'), normalizeTitle(t(interiorMin)))).toBe('equivalent');
    expect(titleRelation(normalizeTitle(t(bare)), normalizeTitle(t(interiorMin)))).toBe('incompatible');
  });
});
