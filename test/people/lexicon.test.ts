import { describe, expect, it } from 'vitest';
import { lookupPortfolio, lookupRole } from '../../src/lexicon/titles.js';
import { countryName, lookupCountry, lookupPlace } from '../../src/lexicon/countries.js';

describe('title lexicon', () => {
  it.each([
    ['Chargé d’Affaires', 'charge_d_affaires'],
    ["charge d'affaires", 'charge_d_affaires'],
    ['High Commissioner', 'high_commissioner'],
    ['Director-General', 'director_general'],
    ['Inspector General of Police', 'inspector_general'],
    ['Prime Minister', 'prime_minister'],
    ['Chief Justice', 'chief_justice'],
    ['Governor', 'governor'],
    ['envoy', 'envoy'],
    ['CEO', 'chief_executive'],
    ['Lt Gen', 'lieutenant_general'],
  ])('%s → %s', (form, role) => {
    expect(lookupRole(form)?.role).toBe(role);
  });

  it('forms can imply a qualifier or portfolio', () => {
    expect(lookupRole('Minister of State')).toMatchObject({ role: 'minister', qualifier: 'state' });
    expect(lookupRole('Home Secretary')).toMatchObject({ role: 'secretary', portfolio: 'home_affairs' });
  });

  it.each([
    ['Defense', 'defence'],
    ['Defence', 'defence'],
    ['Foreign Affairs', 'foreign_affairs'],
    ['interior', 'interior'],
    ['Information and Broadcasting', 'information'],
  ])('portfolio %s → %s', (form, id) => {
    expect(lookupPortfolio(form)).toBe(id);
  });

  it('rejects words that are not titles', () => {
    expect(lookupRole('meeting')).toBeNull();
    expect(lookupPortfolio('meeting')).toBeNull();
  });
});

describe('countries lexicon', () => {
  it.each([
    ['US', 'US', 'country'],
    ['U.S.', 'US', 'country'],
    ['United States', 'US', 'country'],
    ['UK', 'GB', 'country'],
    ['British', 'GB', 'demonym'],
    ['Pakistani', 'PK', 'demonym'],
    ['Pak', 'PK', 'country'],
    ['ISLAMABAD', 'PK', 'city'],
    ['Balochistan', 'PK', 'subdivision'],
    ['Nairobi', 'KE', 'city'],
    ['Kano State', 'NG', 'subdivision'],
  ])('%s → %s (%s)', (form, code, sense) => {
    expect(lookupPlace(form)).toMatchObject({ code, sense });
  });

  it('is case-sensitive for short forms and names', () => {
    expect(lookupPlace('us')).toBeNull();
    expect(lookupPlace('turkey')).toBeNull();
    expect(lookupCountry('Karachi')).toBeNull();
  });

  it('names a code', () => {
    expect(countryName('GB')).toBe('United Kingdom');
  });
});
