import { readFileSync } from 'node:fs';
import { article } from './build.js';

/**
 * The five seed articles as the extractors are expected to report them (hand-built records,
 * spans into the real seed texts). 000+001: one meeting on 2026-01-24; 002+003: another on
 * 2025-12-06 (003 states no date); 004: a third, UK meeting.
 */
const read = (name: string) => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');

export const SEED_PATHS = [
  'fixtures/seeds/000_cce0d2dec809e230.txt',
  'fixtures/seeds/001_e95a0dfe71d2bbb7.txt',
  'fixtures/seeds/002_66193c65785121d0.txt',
  'fixtures/seeds/003_fb411ceff8b4bc0c.txt',
  'fixtures/seeds/004_7bf2bc9db7987c3a.txt',
];

const interior = { role: 'minister', portfolio: 'interior' };

export function seedArticles() {
  const t0 = read('000_cce0d2dec809e230.txt');
  const t1 = read('001_e95a0dfe71d2bbb7.txt');
  const t2 = read('002_66193c65785121d0.txt');
  const t3 = read('003_fb411ceff8b4bc0c.txt');
  const t4 = read('004_7bf2bc9db7987c3a.txt');
  return [
    article({
      path: SEED_PATHS[0],
      text: t0,
      outlet: 'APP',
      published: '2026-01-24',
      eventDate: { date: '2026-01-24', basis: 'text', evidence: 'Saturday' },
      people: [
        {
          name: 'Mohsin Naqvi',
          titles: [
            { text: 'Interior Minister', ...interior, country: 'PK' },
            { text: 'Minister', role: 'minister' },
          ],
          mentions: ['Mohsin Naqvi', ['Mohsin Naqvi', 1], ['Naqvi', 2], ['Naqvi', 3], ['Naqvi', 4]],
        },
        {
          name: 'Natalie Baker',
          titles: [
            { text: 'US Ambassador to Pakistan', role: 'ambassador', country: 'US' },
            { text: 'acting US Ambassador to Pakistan', role: 'ambassador', qualifier: 'acting', country: 'US' },
            { text: 'US Ambassador', role: 'ambassador', country: 'US' },
          ],
          mentions: ['Natalie Baker', ['Natalie Baker', 1], ['Natalie Baker', 2]],
        },
      ],
      places: [{ name: 'Pakistan', mentions: ["Pakistan's"] }, { name: 'Washington', mentions: ['Washington'] }],
      figures: [
        { text: '47% decline', value: 47, unit: '%', quantity: 'percent', counts: 'illegal immigration cases', change: 'decrease' },
        { text: '47% reduction', value: 47, unit: '%', quantity: 'percent', counts: 'illegal immigration', change: 'decrease' },
      ],
      agreements: [
        { text: 'agreed to expand cooperation in law enforcement training', action: 'expand cooperation in law enforcement training', status: 'agreed', parties: ['Pakistan', 'US'] },
        { text: 'launch joint operations under comprehensive SOPs', action: 'launch joint operations against fake visa networks', status: 'agreed', parties: ['Pakistan', 'US'] },
      ],
    }),
    article({
      path: SEED_PATHS[1],
      text: t1,
      dateline: 'ISLAMABAD',
      people: [
        { name: 'Mohsin Naqvi', titles: [{ text: 'Interior Minister', ...interior }, { text: 'Minister', role: 'minister' }], mentions: ['Mohsin Naqvi', 'Minister Naqvi'] },
        { name: 'Natalie Baker', titles: [{ text: 'US Chargé d’Affaires', role: 'charge_d_affaires', country: 'US' }], mentions: ['Natalie Baker', ['Natalie Baker', 1]] },
      ],
      places: [{ name: 'Islamabad', mentions: ['Islamabad'] }, { name: 'United States', mentions: ['United States'] }],
      figures: [{ text: '47 percent decline', value: 47, unit: '%', quantity: 'percent', counts: 'illegal immigration attempts', change: 'decrease' }],
      agreements: [
        { text: 'significantagreement to introduce a pre-immigration clearance system', action: 'introduce a pre-immigration clearance system', status: 'agreed', parties: ['Pakistan', 'United States'] },
        { text: 'committed to jointoperations targeting fake and fraudulent visa networks', action: 'joint operations targeting fake and fraudulent visa networks', status: 'committed', parties: ['Pakistan', 'United States'] },
      ],
    }),
    article({
      path: SEED_PATHS[2],
      text: t2,
      outlet: 'Dawn',
      published: '2025-12-07',
      eventDate: { date: '2025-12-06', basis: 'text', evidence: 'Saturday' },
      dateline: 'ISLAMABAD',
      people: [
        { name: 'Mohsin Naqvi', titles: [{ text: 'Interior Minister', ...interior }, { text: 'interior minister', ...interior }], mentions: ['Mohsin Naqvi', 'Mr Naqvi'] },
        {
          name: 'Natalie Baker',
          titles: [
            { text: 'acting US Ambassador', role: 'ambassador', qualifier: 'acting', country: 'US' },
            { text: 'envoy', role: 'envoy' },
          ],
          mentions: ['Natalie Baker', 'Ms Baker'],
        },
      ],
      organizations: [
        { name: 'National Narcotics Coordination Centre' },
        { name: 'Anti-Narcotics Force', aliases: ['ANF'], mentions: ['Anti-Narcotics Force', 'ANF'] },
        { name: 'US embassy' },
      ],
      places: [{ name: 'Afghanistan' }, { name: 'Balochistan' }, { name: 'Sindh' }],
      figures: [
        { text: '134 tonnes', value: 134, unit: 't', quantity: 'mass', counts: 'narcotics seized' },
        { text: '2,001 suspects', value: 2001, unit: 'person', quantity: 'count', counts: 'suspects arrested' },
        { text: '75 foreign nationals', value: 75, unit: 'person', quantity: 'count', counts: 'foreign nationals arrested' },
        { text: '$12.797 billion', value: 12797000000, unit: 'USD', quantity: 'money', counts: 'drugs confiscated' },
        { text: '110 Afghan nationals', value: 110, unit: 'person', quantity: 'count', counts: 'Afghan nationals arrested' },
        { text: '40,659 acres', value: 40659, unit: 'acre', quantity: 'area', counts: 'land cleared' },
      ],
      agreements: [
        { text: 'agreed to intensify cooperation on immigration and security', action: 'intensify cooperation on immigration and security', status: 'agreed', parties: ['Pakistan', 'United States'] },
        { text: 'offered her country’s full technical assistance', action: 'technical assistance for counter-narcotics operations', status: 'offered', parties: ['United States'] },
      ],
    }),
    article({
      path: SEED_PATHS[3],
      text: t3,
      outlet: 'Dunya News',
      title: 'Pakistan, US commit to joint efforts against illegal immigration, drug trafficking',
      dateline: ['ISLAMABAD', 0],
      people: [
        { name: 'Mohsin Naqvi', titles: [{ text: 'Interior Minister', ...interior }], mentions: ['Mohsin Naqvi', ['Mohsin Naqvi', 1], 'Minister Naqvi'] },
        {
          name: 'Natalie Baker',
          titles: [
            { text: 'Acting US Ambassador', role: 'ambassador', qualifier: 'acting', country: 'US' },
            { text: 'US ambassador', role: 'ambassador', country: 'US' },
          ],
          mentions: ['Natalie Baker', ['Natalie Baker', 1]],
        },
        { name: 'Shehbaz Sharif', titles: [{ text: 'Prime Minister', role: 'prime_minister' }] },
      ],
      organizations: [
        { name: 'National Narcotics Coordination Center' },
        { name: 'Anti-Narcotics Force', aliases: ['ANF'], mentions: ['Anti-Narcotics Force', 'ANF'] },
        { name: 'US Embassy' },
      ],
      places: [{ name: 'Afghanistan' }, { name: 'Balochistan' }, { name: 'Sindh' }],
      figures: [
        { text: '134 tons', value: 134, unit: 'ton', quantity: 'mass', counts: 'drugs seized' },
        { text: '2,001 individuals', value: 2001, unit: 'person', quantity: 'count', counts: 'individuals arrested' },
        { text: '75 foreigners', value: 75, unit: 'person', quantity: 'count', counts: 'foreigners' },
        { text: '$12.797 billion', value: 12797000000, unit: 'USD', quantity: 'money', counts: 'seized drugs value' },
        { text: '110 Afghan nationals', value: 110, unit: 'person', quantity: 'count', counts: 'Afghan nationals arrested' },
        { text: '40,659 acres', value: 40659, unit: 'acre', quantity: 'area', counts: 'land cleared' },
      ],
      agreements: [
        { text: 'agreed on joint efforts to address illegal immigration', action: 'joint efforts to address illegal immigration', status: 'agreed', parties: ['Pakistan', 'US'] },
        { text: 'offered technical support for counter-narcotics', action: 'technical support for counter-narcotics', status: 'offered', parties: ['US'] },
      ],
    }),
    article({
      path: SEED_PATHS[4],
      text: t4,
      title: 'Pak, United Kingdom to counter illegal immigration',
      dateline: 'Islamabad',
      people: [
        {
          name: 'Mohin Naqvi',
          titles: [{ text: 'Minister of the Interior', ...interior }, { text: 'Minister', role: 'minister' }],
          mentions: ['Mohin Naqvi', ['Naqvi', 1], ['Naqvi', 2], ['Naqvi', 3]],
        },
        { name: 'Neil Fowler' },
        { name: 'Ken Daines' },
        { name: 'Habib Gul' },
        { name: 'Fizza Waheed' },
      ],
      organizations: [{ name: 'Ministry of the Interior' }, { name: 'Federal Investigation Agency', aliases: ['FIA'], mentions: ['Federal Investigation Agency', 'FIA'] }],
      places: [{ name: 'Pakistan', mentions: ['Pakistan and'] }, { name: 'United Kingdom' }],
      figures: [{ text: 'five years', value: 5, unit: 'year', quantity: 'duration', counts: 'passport control list' }],
      agreements: [
        {
          text: 'agreed to improve their cooperation to combat illegal immigration',
          action: 'improve cooperation to combat illegal immigration, online harassment of children and other serious crimes',
          status: 'agreed',
          parties: ['Pakistan', 'United Kingdom'],
        },
      ],
    }),
  ];
}
