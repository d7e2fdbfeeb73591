import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/document/document.js';
import { DEFAULT_PIPELINE } from '../../src/pipeline/default.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { scoreDevSet } from './dev-score.js';

const UP_TO_PLACES = DEFAULT_PIPELINE.slice(0, DEFAULT_PIPELINE.findIndex((s) => s.provides === 'places') + 1);
const run = (text: string): Partial<Layers> => runPipeline(makeDocument({ id: 't' }, text, { published: '2025-06-01' }), UP_TO_PLACES).layers;

type Want = { role: string; qualifier?: string | null; portfolio?: string | null; country?: string | null; org?: string | null };

// House styles of several regions, full pipeline: [sentence, person's name, one of their titles]
const CASES: [string, string, Want][] = [
  ['Federal Minister for Science, Technology and Innovation Hassan Raza inaugurated the lab on Monday.', 'Hassan Raza', { role: 'minister', qualifier: 'federal', portfolio: 'science' }],
  ['IGP Sindh Ghulam Nabi Memon said the suspects had been arrested.', 'Ghulam Nabi Memon', { role: 'inspector_general', country: 'PK' }],
  ['DIG Investigation Imran Yaqoob said the case had been solved.', 'Imran Yaqoob', { role: 'deputy_inspector_general', portfolio: 'investigation' }],
  ['Governor Punjab Sardar Saleem Haider Khan chaired the meeting.', 'Sardar Saleem Haider Khan', { role: 'governor', country: 'PK' }],
  ['Chairman Senate Standing Committee on Finance Saleem Mandviwalla presided over the meeting.', 'Saleem Mandviwalla', { role: 'chairperson', portfolio: 'finance' }],
  ['Major General (retd) Tariq Aziz said the plan would fail.', 'Tariq Aziz', { role: 'major_general', qualifier: 'former' }],
  ['Foreign Minister Ahmed Ali met his Chinese counterpart Wang Yi in Beijing on Friday.', 'Wang Yi', { role: 'minister', portfolio: 'foreign_affairs', country: 'CN' }],
  ['Nadia Bello, chairman and chief executive of Zenith Foods, said profits rose.', 'Nadia Bello', { role: 'chairperson', org: 'Zenith Foods' }],
  ['The Chief Executive Officer of the Lahore Waste Management Company, Babar Sahib Din, said so.', 'Babar Sahib Din', { role: 'chief_executive', org: 'Lahore Waste Management Company' }],
  ['Dr Amina Yusuf has been named director general of the Nigerian Institute of Medical Research.', 'Amina Yusuf', { role: 'director_general', country: 'NG' }],
  ['Kogi State Governor Usman Ododo said the roads would be rebuilt.', 'Usman Ododo', { role: 'governor', qualifier: null, country: 'NG' }],
  ['Home Office minister Victoria Atkins said the rules would change.', 'Victoria Atkins', { role: 'minister', org: 'Home Office' }],
  ["Prime Minister's Office spokesman Rana Ehsan Afzal said the premier would travel on Tuesday.", 'Rana Ehsan Afzal', { role: 'spokesperson', org: "Prime Minister's Office" }],
  ['Rep. Alexandria Ocasio-Cortez, D-N.Y., said Democrats would oppose the bill.', 'Alexandria Ocasio-Cortez', { role: 'legislator' }],
  ['Force Public Relations Officer, ACP Olumuyiwa Adejobi, said the officers had been redeployed.', 'Olumuyiwa Adejobi', { role: 'spokesperson' }],
  ['Japan named Satsuki Katayama as finance minister on Tuesday.', 'Satsuki Katayama', { role: 'minister', portfolio: 'finance' }],
  ["Kenya's Principal Secretary for Immigration Belio Kipsang said passports would be issued.", 'Belio Kipsang', { role: 'permanent_secretary', portfolio: 'immigration', country: 'KE' }],
  ["Saudi Arabia's Minister of State for Foreign Affairs Adel al-Jubeir attended the talks.", 'Adel al-Jubeir', { role: 'minister', qualifier: 'state', portfolio: 'foreign_affairs', country: 'SA' }],
  ['Those present included Finance Minister Ahmed Ali and Army Chief General Kamran Aziz.', 'Kamran Aziz', { role: 'general', qualifier: null }],
  ['Pakistan Tehreek-e-Insaf (PTI) chairman Gohar Ali Khan said the party would contest.', 'Gohar Ali Khan', { role: 'chairperson', org: 'Pakistan Tehreek-e-Insaf' }],
  ['DC Lahore Rafia Haider visited the site on Sunday.', 'Rafia Haider', { role: 'commissioner', qualifier: 'deputy', country: 'PK' }],
  ['Deputy Commissioner Islamabad Irfan Nawaz Memon sealed the shops.', 'Irfan Nawaz Memon', { role: 'commissioner', qualifier: 'deputy' }],
  ['Central Bank of Sri Lanka Governor Nandalal Weerasinghe said inflation would stay low.', 'Nandalal Weerasinghe', { role: 'governor', org: 'Central Bank of Sri Lanka' }],
];

describe('regional house styles (full pipeline)', () => {
  it.each(CASES)('%s', (text, name, want) => {
    const people = run(text).people!;
    const person = people.find((p) => p.name === name);
    expect(person, `${name} in ${people.map((p) => p.name).join(', ')}`).toBeDefined();
    expect(person!.titles.some((t) => Object.entries(want).every(([k, v]) => t[k as keyof Want] === v)), JSON.stringify(person!.titles)).toBe(true);
  });

  it('reads no rank out of names of things', () => {
    for (const text of ['General Motors chief executive Mary Barra said sales rose.', 'Major League Baseball commissioner Rob Manfred said the season would start in March.']) {
      const [p] = run(text).people!;
      expect(p.titles.map((t) => t.role)).not.toContain('general');
      expect(p.titles.map((t) => t.role)).not.toContain('major');
    }
  });

  it('gives no counterpart title when nobody with an office was named before', () => {
    const [p] = run('Officials said his Chinese counterpart Wang Yi would visit in May.').people!;
    expect(p.name).toBe('Wang Yi');
    expect(p.titles).toEqual([]);
  });

  it('keeps titles, jurisdictions and portfolios out of organizations and places', () => {
    const l = run('Inspector General of Police (IGP) Punjab Usman Anwar met the Minister of Solid Minerals Development, Dele Alake, and Federal Minister for Science, Technology and Innovation Hassan Raza.');
    const orgs = l.organizations!.map((o) => o.name);
    expect(orgs.filter((o) => /Inspector|Solid Minerals|Technology/.test(o))).toEqual([]);
    expect(l.places!.map((p) => p.name)).toEqual(['Punjab']);
    expect(l.people!.map((p) => p.name)).toEqual(['Usman Anwar', 'Dele Alake', 'Hassan Raza']);
  });
});

describe('regional development set', () => {
  const jsonl = readFileSync(new URL('../../fixtures/people-dev/dev.jsonl', import.meta.url), 'utf8');
  it('finds the people, their mentions and titles', () => {
    const r = scoreDevSet(jsonl);
    const f1 = (c: { tp: number; pred: number; gold: number }) => (2 * c.tp) / (c.pred + c.gold);
    expect(f1(r.people)).toBeGreaterThanOrEqual(0.97);
    expect(f1(r.mentions)).toBeGreaterThanOrEqual(0.97);
    expect(f1(r.roles)).toBeGreaterThanOrEqual(0.97);
    expect(r.fields.ok / r.fields.total).toBeGreaterThanOrEqual(0.98);
    expect(r.titledNames).toBe(0);
    expect(f1(r.orgs)).toBeGreaterThanOrEqual(0.88);
    expect(f1(r.places)).toBeGreaterThanOrEqual(0.95);
  });
});
