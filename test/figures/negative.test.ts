import { describe, expect, it } from 'vitest';
import { figuresOf } from './run.js';

/** Strings whose numbers are NOT figures (the dates stage owns years and dates). */
const NEGATIVE: string[] = [
  'The accord was first signed in 1998 and renewed in 2015.',
  'Talks resumed on December 7, 2025 in Doha.',
  'The hearing is fixed for 12 January.',
  'The 2022-23 budget was passed in June.',
  'It was the third round of talks this year.',
  'He finished 2nd in the 100th edition of the race.',
  'For details call 0300-1234567 or +44 20 7946 0958.',
  'Story ID 4471192 was updated.',
  'The figures are on page 14 of the report.',
  'See Section 144 and Article 370 of the constitution.',
  'Pakistan beat Sri Lanka 3-1 in the series decider.',
  'She is one of the most senior diplomats in the region.',
  'COVID-19 cases have declined since the spring.',
  'The air force grounded its F-16 and JF-17 fleets.',
  'Boeing 737 jets and Airbus A320 planes were inspected.',
  'The G20 summit and the COP29 talks overlapped.',
  'The meeting ended at 10:30 pm on Tuesday.',
  'The ministry adopted a zero-tolerance policy.',
  'Visit https://example.com/news/2025/12/07/story-12345 for more.',
  'The one who leaves first locks the door.',
  'Windows 11 and iOS 18 were updated overnight.',
  'Prices in the 1990s were lower.',
];

describe('figures: negative cases', () => {
  for (const s of NEGATIVE) {
    it(s, () => {
      expect(figuresOf(s).map((f) => f.text)).toEqual([]);
    });
  }
  it('a headline score is not a figure but the body count is', () => {
    expect(figuresOf('Karachi Kings 2-0 Quetta Gladiators\n\nSome 30,000 fans attended.').map((f) => f.text)).toEqual(['Some 30,000']);
  });
});
