import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

/**
 * Strings that must produce NO date (as in chrono's negative_cases): prices, ratios, scores,
 * "Sun" the company, modal "may", "march" the verb, ordinals, counts that look like years.
 */
const NEGATIVE: string[] = [
  // prices and money
  'The price was $1.625 a share.',
  'The stock closed at 10.30 on the exchange.',
  'He paid Rs 2,000 for the ticket.',
  'The company earned $2 million a year from the deal.',
  'Tickets cost £20 each.',
  // ratios and fractions
  'The ratio was 1/3 of the total.',
  'Turnout rose to 3/4 of voters.',
  // scores and votes
  'Pakistan beat India 3-2 in the final.',
  'The score was 2-1 at half-time.',
  'The resolution passed 52-48.',
  'He scored 20 points.',
  // companies and names that look like days or months
  'Shares of Sun rose 3% after Sun Microsystems reported results.',
  'The Sun newspaper carried the story.',
  'Sat on the bench, he watched the game.',
  'Mar-a-Lago is a resort.',
  // modal "may", verb "march"
  'Officials may decide to extend the ban.',
  'We may see rain.',
  'May God bless you.',
  'Protesters march to the capital.',
  'Thousands will march on parliament.',
  'Crowds joined the annual March for Life.',
  'She led the March of the Mothers.',
  'The Communist Party daily Granma said so.',
  'He quoted the film High Noon.',
  // ordinals
  'He finished second in the race.',
  'The 5th battalion moved in.',
  'A second attempt failed.',
  'It was the first time.',
  // counts and identifiers that look like years
  'The plant produces 2000 tonnes of steel.',
  'Nearly 2000 people attended.',
  'About 1,990 people attended.',
  'Flight 2019 was delayed.',
  'Room 1998 was booked.',
  'Section 1971 of the code applies.',
  'Rates rose 2025 basis points.',
  // ages and rates
  'She is 52 years old.',
  'Rates were 3.00 percent.',
  'Flights leave with 700 seats a week.',
  'Good evening from the studio.',
  'The annual report was released.',
  // the present age and vague moments TimeBank leaves unmarked
  "In today's world, prices keep rising.",
  "Many of today's computers are slow.",
  'There are no shipments at the moment.',
  'Prices rose and may fall again.',
  'Earlier in the day, troops withdrew.',
  // frequency adjectives before their noun
  'The daily volume was low.',
  'It was the second monthly fall in a row.',
  'She edits a weekly magazine.',
];

describe('dates: negative cases', () => {
  it.each(NEGATIVE)('%s', (text) => expect(summary(text, '2025-12-07')).toEqual([]));
});
