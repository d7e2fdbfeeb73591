import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../src/entities/extract-places.js';
import { homeCountry } from '../../src/entities/home-country.js';
import { placeMentions } from '../../src/entities/place-mentions.js';
import { prepare } from '../../src/people/context.js';
import { inputWith } from '../people/helpers.js';
import { extractPeople } from '../../src/people/extract-people.js';

describe('places', () => {
  it('groups every form of a country under its canonical name', () => {
    const text = 'NAIROBI: Kenya and the U.S. signed the deal. The United States said US support would continue.';
    const places = extractPlaces(inputWith(text, [['U.S.', 'LOC'], ['United States', 'LOC']]));
    expect(places.map((p) => [p.id, p.name, p.kind, p.country, p.mentions.length])).toEqual([
      ['l1', 'Nairobi', 'city', 'KE', 1],
      ['l2', 'Kenya', 'country', 'KE', 1],
      ['l3', 'United States', 'country', 'US', 3],
    ]);
    expect(places[0].aliases).toEqual(['NAIROBI']);
    expect(places[2].aliases).toEqual(['U.S.', 'US']);
  });

  it('splits hyphenated pairs and skips demonyms', () => {
    const text = 'India-Pakistan talks resumed, Indian officials said, in Punjab.';
    const places = extractPlaces(inputWith(text, [['India-Pakistan', 'MISC'], ['Indian', 'MISC']]));
    expect(places.map((p) => [p.name, p.kind])).toEqual([
      ['India', 'country'],
      ['Pakistan', 'country'],
      ['Punjab', 'province'],
    ]);
  });

  it('keeps an unknown tagged place with null kind and country', () => {
    const [p] = extractPlaces(inputWith('Floods hit Shangla district.', [['Shangla', 'LOC']]));
    expect(p).toMatchObject({ name: 'Shangla', kind: null, country: null });
  });

  it('takes kind and country from a suffix word when the whole name is unknown', () => {
    const text = 'Attacks in Mandera County, Shangla District and Punjab Province.';
    const places = extractPlaces(inputWith(text, [['Mandera County', 'LOC'], ['Shangla District', 'LOC'], ['Punjab Province', 'LOC']]));
    expect(places.map((p) => [p.name, p.kind, p.country])).toEqual([
      ['Mandera County', 'province', 'KE'],
      ['Shangla District', 'district', null],
      ['Punjab Province', 'province', 'PK'],
    ]);
  });

  it('negative: place words inside names and lower case are not places', () => {
    const text = 'The Islamabad High Court heard Georgia Smith, and turkey was served.';
    expect(extractPlaces(inputWith(text, [['Islamabad High Court', 'ORG'], ['Georgia Smith', 'PER']]))).toEqual([]);
  });

  it('home country: dateline first, else the most mentioned', () => {
    const prep = prepare(inputWith('Nigeria and Ghana met. Lagos hosted it. Abuja agreed.'));
    expect(homeCountry(placeMentions(prep), null)).toBe('NG');
    expect(homeCountry(placeMentions(prep), 'Accra')).toBe('GH');
  });
});

describe('places and people', () => {
  it('does not take a person’s name for a place', () => {
    const text = 'Defense Secretary Lloyd Austin spoke. Austin said the talks in Austin went well.';
    const input = inputWith(text);
    const people = extractPeople(input);
    const places = extractPlaces(input, undefined, people.flatMap((p) => p.mentions));
    expect(people[0].mentions.map((m) => m.text)).toEqual(['Lloyd Austin', 'Austin']);
    expect(places.map((p) => [p.name, p.mentions.length])).toEqual([['Austin', 1]]);
  });
});
