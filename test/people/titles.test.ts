import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../src/people/extract-people.js';
import { inputWith, per } from './helpers.js';

type Fields = { role: string | null; qualifier?: string | null; portfolio?: string | null; country?: string | null; org?: string | null; text?: string };

// [sentence, tagged name, expected title of that person]
const CASES: [string, string, Fields][] = [
  ['Acting British High Commissioner Sarah Lowe arrived in Lagos on Monday.', 'Sarah Lowe', { role: 'high_commissioner', qualifier: 'acting', country: 'GB', text: 'Acting British High Commissioner' }],
  ['The talks were led by Federal Minister for Interior Tariq Hameed.', 'Tariq Hameed', { role: 'minister', qualifier: 'federal', portfolio: 'interior', text: 'Federal Minister for Interior' }],
  ['Kenya’s Cabinet Secretary for Interior Joseph Mwangi spoke first.', 'Joseph Mwangi', { role: 'cabinet_secretary', portfolio: 'interior', country: 'KE' }],
  ['Ravi Menon, the Indian foreign secretary, arrived late.', 'Ravi Menon', { role: 'secretary', portfolio: 'foreign_affairs', country: 'IN', text: 'Indian foreign secretary' }],
  ['The statement was read by the Minister of State for Finance, Aisha Bello.', 'Aisha Bello', { role: 'minister', qualifier: 'state', portfolio: 'finance' }],
  ['US Charge d’Affaires ad interim Paul Grant met the governor.', 'Paul Grant', { role: 'charge_d_affaires', qualifier: 'ad_interim', country: 'US' }],
  ['Central bank Governor Musa Kariuki kept rates on hold.', 'Musa Kariuki', { role: 'governor' }],
  ['Governor of the State Bank of Pakistan Omar Siddiqui spoke.', 'Omar Siddiqui', { role: 'governor', org: 'State Bank of Pakistan' }],
  ['Former Defense Secretary Lloyd Parker testified.', 'Lloyd Parker', { role: 'secretary', qualifier: 'former', portfolio: 'defence' }],
  ['Deputy Inspector General Asif Raza briefed reporters.', 'Asif Raza', { role: 'deputy_inspector_general' }],
  ['Chief Justice Nadia Okafor adjourned the case.', 'Nadia Okafor', { role: 'chief_justice' }],
  ['Saudi Foreign Minister Faisal Rahman met his counterpart.', 'Faisal Rahman', { role: 'minister', portfolio: 'foreign_affairs', country: 'SA' }],
  ['Lt Gen Kamal Shah, the FC Inspector General, visited the post.', 'Kamal Shah', { role: 'lieutenant_general' }],
  ['ISPR Director-General Ali Haider addressed the media.', 'Ali Haider', { role: 'director_general', org: 'ISPR' }],
  ['Caretaker Prime Minister Anwar Kakar chaired the meeting.', 'Anwar Kakar', { role: 'prime_minister', qualifier: 'caretaker' }],
  ['Nigeria’s Minister of Information and National Orientation Femi Adeyemi said so.', 'Femi Adeyemi', { role: 'minister', portfolio: 'information', country: 'NG' }],
  ['Tesla CEO Elon Reeve addressed investors.', 'Elon Reeve', { role: 'chief_executive' }],
  ['Mary Njeri, a former minister, criticised the plan.', 'Mary Njeri', { role: 'minister', qualifier: 'former' }],
  ['Kano State Governor Ibrahim Musa met traders.', 'Ibrahim Musa', { role: 'governor', country: 'NG', text: 'Kano State Governor' }],
  ['The board named Grace Achieng as Governor of the Central Bank of Kenya.', 'Grace Achieng', { role: 'governor', org: 'Central Bank of Kenya' }],
  ['Jordan’s Crown Prince Hussein Abdullah opened the forum.', 'Hussein Abdullah', { role: 'crown_prince', country: 'JO' }],
  ['The Special Assistant on Youth Affairs, Bilal Tahir, spoke.', 'Bilal Tahir', { role: 'special_assistant', portfolio: 'youth' }],
  ['Minister for Maritime Affairs Faisal Vawda visited Gwadar.', 'Faisal Vawda', { role: 'minister', portfolio: 'maritime_affairs' }],
  ['Chief Justice of Kenya Martha Koome swore him in.', 'Martha Koome', { role: 'chief_justice', country: 'KE', text: 'Chief Justice of Kenya' }],
  ['The Inspector General of Police (IGP) Kamal Anwar said so.', 'Kamal Anwar', { role: 'inspector_general', text: 'Inspector General of Police' }],
  ['Minister of Youth Development Sunday Dare spoke.', 'Sunday Dare', { role: 'minister', portfolio: 'youth' }],
  ['Minister of Solid Minerals Development Dele Alake spoke.', 'Dele Alake', { role: 'minister', portfolio: 'solid_minerals_development' }],
];

describe('titles as structure', () => {
  it.each(CASES)('%s', (sentence, name, want) => {
    const people = extractPeople(inputWith(sentence, per(name)));
    const person = people.find((p) => p.name === name);
    expect(person, `person ${name}`).toBeDefined();
    expect(person!.titles[0]).toMatchObject(want);
    for (const p of people) expect(p.name).not.toMatch(/Minister|Ambassador|Governor|Secretary|\bMr\b/);
  });

  it('gives each of two joined titles its own structure', () => {
    const text = 'The Minister of Finance and Coordinating Minister of the Economy, Sani Bello, spoke.';
    const [p] = extractPeople(inputWith(text, per('Sani Bello')));
    expect(p.titles.map((t) => [t.role, t.qualifier, t.portfolio])).toEqual([
      ['minister', null, 'finance'],
      ['minister', 'coordinating', 'economic_affairs'],
    ]);
  });

  it('keeps every title of a chain, in text order', () => {
    const text = 'Deputy Prime Minister and Foreign Minister Tariq Dar met Chief of Army Staff General Amir Munir.';
    const people = extractPeople(inputWith(text, per('Tariq Dar', 'Amir Munir')));
    expect(people.map((p) => p.titles.map((t) => t.role))).toEqual([
      ['prime_minister', 'minister'],
      ['chief_of_army_staff', 'general'],
    ]);
    expect(people[0].titles[0].qualifier).toBe('deputy');
  });

  it('keeps a title with its evidence span in text coordinates', () => {
    const text = 'Talks began. Acting US Ambassador Jane Holt spoke.';
    const [p] = extractPeople(inputWith(text, per('Jane Holt')));
    const t = p.titles[0];
    expect(text.slice(t.evidence!.start, t.evidence!.end)).toBe('Acting US Ambassador');
  });
});
