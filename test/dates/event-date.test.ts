import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const seed = (name: string) => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');

describe('eventDate: seeds', () => {
  it('002: "on Saturday" in a Sunday paper is the Saturday before', () => {
    const { dates, eventDate } = extract(seed('002_66193c65785121d0.txt'), '2025-12-07');
    expect(dates.find((d) => d.text === 'Saturday')?.value).toBe('2025-12-06');
    expect(eventDate?.date).toBe('2025-12-06');
    expect(eventDate?.basis).toBe('text');
    expect(eventDate?.evidence?.text).toBe('Saturday');
  });

  it('002: the credit line stays a date but never the event date', () => {
    const { dates, eventDate } = extract(seed('002_66193c65785121d0.txt'));
    expect(dates.some((d) => d.text === 'December 7th, 2025' && d.value === '2025-12-07')).toBe(true);
    expect(eventDate?.date).toBe('2025-12-06');
  });

  it('000: the caption and the lead agree on 2026-01-24', () => {
    const { eventDate } = extract(seed('000_cce0d2dec809e230.txt'), '2026-01-24');
    expect(eventDate?.date).toBe('2026-01-24');
    expect(extract(seed('000_cce0d2dec809e230.txt')).eventDate?.date).toBe('2026-01-24');
  });

  it('004: "five years" is P5Y and no event date is invented', () => {
    const { dates, eventDate } = extract(seed('004_7bf2bc9db7987c3a.txt'), '2025-12-07');
    expect(dates.find((d) => d.text === 'five years')?.value).toBe('P5Y');
    expect(eventDate).toBeNull();
  });
});

describe('eventDate: rules', () => {
  const PUB = '2025-12-07';
  it.each([
    ['ISLAMABAD: The two ministers met on Friday and agreed to expand trade links.', '2025-12-05'],
    ['KARACHI: Police arrested 12 suspects yesterday in a raid on a warehouse in the port area.', '2025-12-06'],
    ['LONDON: The central bank cut rates on December 4, officials said in a statement.', '2025-12-04'],
    ['The court ruled today that the law breached the constitution, lawyers said.', '2025-12-07'],
  ])('%s → %s', (text, date) => expect(extract(text, PUB).eventDate?.date).toBe(date));

  it.each([
    ['future only', 'The cabinet will meet on Monday to discuss the budget and the new tax plan.'],
    ['no single day', 'Exports fell sharply last month as demand from Europe weakened further.'],
    ['long before publication', 'The dam, completed on March 3, 2019, supplies water to three provinces.'],
    ['after publication', 'The summit is set for January 20, 2026 in Geneva, officials confirmed.'],
  ])('null when %s', (_why, text) => expect(extract(text, PUB).eventDate).toBeNull());

  it('uses only the lead, not a date deep in the article', () => {
    const text = [
      'The government has announced a broad review of its immigration policy.',
      'Officials described the review as the most thorough in a decade.',
      'It covers visas, border checks and asylum procedures across the country.',
      'Critics said the process was opaque and too slow for those affected.',
      'A first hearing was held on Thursday in the capital.',
    ].join(' ');
    expect(extract(text, PUB).eventDate).toBeNull();
  });

  it('skips a date in a short line between lead sentences without failing', () => {
    const text = 'The board approved the merger after a long debate among its members.\nOn Friday.\nShareholders had voted for the deal at a meeting on Thursday, the company said.';
    expect(extract(text, PUB).eventDate?.date).toBe('2025-12-04');
  });
});

describe('eventDate: clock times', () => {
  it('a clock time takes the day named after it, and the event date is that day', () => {
    const { dates, eventDate } = extract('Voting in the runoff ended at 5 p.m. local time on Saturday, officials said.', '2025-12-07');
    expect(dates.map((d) => `${d.text} ${d.value}`)).toEqual(['5 p.m. 2025-12-06T17:00', 'Saturday 2025-12-06']);
    expect(eventDate?.date).toBe('2025-12-06');
  });

  it('a bare clock time names no day: no event date from it', () => {
    const { eventDate } = extract('The emergency meeting of the cabinet began at 10 a.m. in the capital.', '2025-12-07');
    expect(eventDate).toBeNull();
  });
});

describe('dates: wire datelines', () => {
  it('copy published the day after its dateline counts "today" and weekdays from the dateline day', () => {
    const text = 'NEW DELHI, Dec 5 (PTI) - The government today said it would cut fuel taxes after a cabinet meeting on Thursday.';
    const { dates, eventDate } = extract(text, '2025-12-06');
    expect(dates.map((d) => `${d.text} ${d.value}`)).toEqual(['Dec 5 2025-12-05', 'today 2025-12-05', 'Thursday 2025-12-04']);
    expect(eventDate?.date).toBe('2025-12-05');
  });

  it('a dateline day far from publication is not a reference', () => {
    const text = 'LONDON, Oct 3 (Reuters) - The central bank said today that rates would stay on hold this winter.';
    const { dates } = extract(text, '2025-12-06');
    expect(dates.find((d) => d.text === 'today')?.value).toBe('2025-12-06');
  });
});
