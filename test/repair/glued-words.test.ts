import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findGluedWords, glueCandidates, gluedWordsPass } from '../../src/input/repair/glued-words.js';
import { glueWrapped } from './hard-wrap.js';

const seed = (name: string) => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const SEED_001 = seed('001_e95a0dfe71d2bbb7.txt');
const CLEAN_SEEDS = ['000_cce0d2dec809e230.txt', '002_66193c65785121d0.txt', '003_fb411ceff8b4bc0c.txt', '004_7bf2bc9db7987c3a.txt'];
const CLEAN_NEWS = readFileSync(new URL('./fixtures/clean-news.txt', import.meta.url), 'utf8');

function repaired(text: string): string {
  let out = '';
  let at = 0;
  for (const e of findGluedWords(text)) {
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at);
}

describe('glued words: seed 001 (lost line breaks)', () => {
  const edits = findGluedWords(SEED_001);
  const pairs = edits.map((e) => [SEED_001.slice(e.start, e.end), e.replacement]);

  it('splits its 66 glue points ("ogimageimage-name", page junk, stays)', () => {
    const points = edits.reduce((n, e) => n + e.replacement.length - (e.end - e.start), 0);
    expect(points).toBe(66);
    expect(edits).toHaveLength(66);
  });

  it.each([
    ['significantagreement', 'significant agreement'],
    ['atpreventing', 'at preventing'],
    ['lawenforcement', 'law enforcement'],
    ['ahigh-level', 'a high-level'],
    ['andUS', 'and US'],
    ['UnitedStates', 'United States'],
    ['theUnited', 'the United'],
    ['Pakistancontributing', 'Pakistan contributing'],
    ['attempts,particularly', 'attempts, particularly'],
    ['sides.These', 'sides. These'],
    ['thepre-immigration', 'the pre-immigration'],
    ['undercomprehensive', 'under comprehensive'],
  ])('%s → %s', (from, to) => {
    expect(pairs).toContainEqual([from, to]);
  });

  it('changes nothing but whitespace', () => {
    for (const e of edits) expect(e.replacement.replace(/ /gu, '')).toBe(SEED_001.slice(e.start, e.end));
  });

  it('keeps names, hyphenated names and correctly spelled words', () => {
    const out = repaired(SEED_001);
    for (const w of ['Naqvi', 'Chargé d’Affaires', 'Pak-US', 'pre-immigration', 'zero-tolerance', 'foolproof', 'counterfeiters', 'SOPs', 'migration-related']) {
      expect(out).toContain(w);
    }
  });
});

describe('glued words: clean text never changes', () => {
  it.each(CLEAN_SEEDS)('seed %s: no glue point at all, before the trigger', (name) => {
    const text = seed(name);
    expect(glueCandidates(text).points).toBe(0);
    expect(gluedWordsPass.find(text)).toEqual([]);
  });

  it('own clean news text: the trigger holds back the one rare compound the dictionary lacks', () => {
    expect(glueCandidates(CLEAN_NEWS).points).toBeLessThanOrEqual(1);
    expect(findGluedWords(CLEAN_NEWS)).toEqual([]);
  });
});

describe('glued words: text in other languages is not English with glue', () => {
  it.each([
    'Según el ministerio, ambos funcionarios discutieron cómo mejorar la colaboración para frenar la inmigración ilegal. Varios analistas consideran que estas medidas son insuficientes porque las redes siguen operando. También acordaron ampliar la cooperación en la formación policial interina.',
    'Pourtant, plusieurs observateurs estiment que ces mesures restent insuffisantes, car les réseaux de passeurs continuent de prospérer malgré les arrestations. Le ministre a évoqué le renforcement des relations entre les deux pays.',
  ])('%s', (text) => {
    expect(findGluedWords(text)).toEqual([]);
  });
});

describe('glued words: negative cases inside a glued document', () => {
  // A glued document (the trigger fires), with tokens that must survive it.
  const base = glueWrapped(CLEAN_NEWS, 70).glued;
  const NEGATIVE = [
    'YouTube', 'JPMorgan', 'BlackRock', 'PayPal', 'WhatsApp', 'iPhone', 'eHealth', 'McDonald’s',
    'Okonkwo-Bello', 'Jean-Baptiste', 'Al-Shabaab', 'Núñez-Ortega', 'COVID-19', 'G20', '$4.2bn',
    '18m', '3.5%', '10:30pm', 'who.int', 'msf.org', '(s)he', 'e.g.', 'U.S.', '1990s', '11pc',
    'counterterrorism', 'counternarcotics', 'cyberattack', 'spokesperson', 'underwhelming', 'cold-chain', 'start-up',
  ];
  const out = repaired(base);
  it('the document is treated as glued', () => {
    expect(findGluedWords(base).length).toBeGreaterThan(10);
  });
  it.each(NEGATIVE)('%s survives', (token) => {
    const before = base.split(token).length - 1;
    expect(before).toBeGreaterThan(0);
    expect(out.split(token).length - 1).toBe(before);
  });
});

describe('glued words: rules in a glued context', () => {
  // Enough glue to fire the trigger, then one case under test.
  const GLUE = 'This is clearlya document in which the line breaks of the text werelost, and it is the casethat it has glue. ';
  const FIXED = 'This is clearly a document in which the line breaks of the text were lost, and it is the case that it has glue. ';
  const CASES: [string, string][] = [
    ['the minister said“We will act”', 'the minister said “We will act”'],
    ['a “zero-tolerance policy”toward agents', 'a “zero-tolerance policy” toward agents'],
    ['a 47%decline in cases', 'a 47% decline in cases'],
    ['worth $12.797billion in all', 'worth $12.797 billion in all'],
    ['it rose in2026 and fell', 'it rose in 2026 and fell'],
    ['on January24, 2026 he said', 'on January 24, 2026 he said'],
    ['the campaign,134 tonnes', 'the campaign, 134 tonnes'],
    ['the government’srobust crackdown', 'the government’s robust crackdown'],
    ['theAnti-Narcotics Force said', 'the Anti-Narcotics Force said'],
    ['Minister Mohsin Naqvi met Natalie Baker; NaqviBaker talks', 'Minister Mohsin Naqvi met Natalie Baker; Naqvi Baker talks'],
    ['a 5km run and 3bn loan', 'a 5km run and 3bn loan'],
    ['the ANF chief and the ANFdirector general', 'the ANF chief and the ANF director general'],
    ['JPMorgan and JPM', 'JPMorgan and JPM'],
    ['some 110 nationals —were held', 'some 110 nationals — were held'],
    ['he said— and left', 'he said — and left'],
    ['the well-known style—unspaced—stays', 'the well-known style—unspaced—stays'],
    ['told reporters that"substantial progress"had been made', 'told reporters that "substantial progress" had been made'],
    ['it fell by a47% margin', 'it fell by a 47% margin'],
    ['but U.S.officials said', 'but U.S. officials said'],
    ['a Toshiba Corp.executive and the St.Lawrence river', 'a Toshiba Corp. executive and the St. Lawrence river'],
    ['created NATO.Acheson said', 'created NATO. Acheson said'],
    ['due Oct. 15,1999 and', 'due Oct. 15, 1999 and'],
    ['marking NATO’s50th anniversary', 'marking NATO’s 50th anniversary'],
    ['Slepian was shot; police say Slepianas he stood', 'Slepian was shot; police say Slepian as he stood'],
    ['in Kuwait Cityare being held', 'in Kuwait City are being held'],
    ['Thereis no doubt', 'There is no doubt'],
    ['revenue fromnon-GM accounts and ananti-Castro group', 'revenue from non-GM accounts and an anti-Castro group'],
    ['the ASP.NET site and Yahoo.Com', 'the ASP.NET site and Yahoo.Com'],
    ['under #BlackLivesMatter and @ImranKhanPTI at example.com/PressRelease', 'under #BlackLivesMatter and @ImranKhanPTI at example.com/PressRelease'],
    ['words(s) and (s)he', 'words(s) and (s)he'],
  ];
  it.each(CASES)('%s', (input, expected) => {
    expect(repaired(GLUE + input)).toBe(FIXED + expected);
  });
});
