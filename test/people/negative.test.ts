import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../src/people/extract-people.js';
import { inputWith } from './helpers.js';

// Strings that must NOT produce a person (no tagger output: only the rules speak).
const NEGATIVE = [
  'The minister said the policy would continue.',
  'The interior minister informed the envoy.',
  'The UN General Assembly adopted the resolution.',
  'Officials met at the Prime Minister House on Friday.',
  'The Governor House was lit up.',
  'The Justice Department filed charges.',
  'The President said nothing.',
  'A spokesman for the Ministry of Interior declined to comment.',
  'Chief Minister Punjab chaired the meeting.',
  'The acting US ambassador called on the interior minister.',
];

describe('people: negative cases', () => {
  it.each(NEGATIVE)('%s', (text) => {
    expect(extractPeople(inputWith(text))).toEqual([]);
  });

  it('never invents a person from a bare title even next to a name elsewhere', () => {
    const text = 'Amina Yusuf arrived. The minister said talks were useful.';
    const people = extractPeople(inputWith(text, [['Amina Yusuf', 'PER']]));
    expect(people).toHaveLength(1);
    expect(people[0].titles).toEqual([]);
    expect(people[0].affiliation).toBeNull();
  });

  it('does not take a surname inside another name as a mention', () => {
    const text = 'Sara Khan spoke. Imran Khan replied. Khan Market was closed.';
    const people = extractPeople(inputWith(text, [['Sara Khan', 'PER'], ['Imran Khan', 'PER']]));
    expect(people.map((p) => p.mentions.length)).toEqual([1, 1]);
  });
});

describe('people: tagger noise', () => {
  it('drops a function word the tagger took for a name', () => {
    expect(extractPeople(inputWith('These measures were welcomed.', [['These', 'PER']]))).toEqual([]);
  });
});

describe('people: headlines', () => {
  it('makes no names out of a Title-Cased headline, yet finds the surname in it', () => {
    const text = 'Interior Minister Warsi Meets US Envoy To Discuss Visa Fraud\nInterior Minister Kamran Warsi met the envoy on Monday.';
    const people = extractPeople(inputWith(text, [['Kamran Warsi', 'PER']]));
    expect(people.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([['Kamran Warsi', ['Warsi', 'Kamran Warsi']]]);
  });
});
