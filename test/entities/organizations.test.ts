import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../src/entities/extract-organizations.js';
import { inputWith } from '../people/helpers.js';

describe('organizations', () => {
  it('links a bracketed acronym and its later uses to the full name', () => {
    const text =
      'The Economic and Financial Crimes Commission (EFCC) arrested two suspects. EFCC officials said more arrests would follow. ' +
      'The Economic and Financial Crimes Commission did not name them.';
    const [org, ...rest] = extractOrganizations(inputWith(text, [['Economic and Financial Crimes Commission', 'ORG']]), 'NG');
    expect(rest).toEqual([]);
    expect(org).toMatchObject({ id: 'o1', name: 'Economic and Financial Crimes Commission', aliases: ['EFCC'], kind: 'commission' });
    expect(org.mentions.map((m) => m.text)).toEqual(['Economic and Financial Crimes Commission', 'EFCC', 'EFCC', 'Economic and Financial Crimes Commission']);
    for (const m of org.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds an acronym definition the tagger missed, through a possessive and hyphens', () => {
    const text = 'A briefing on the Counter-Terrorism Department’s (CTD) work was given. CTD teams raided two houses.';
    const orgs = extractOrganizations(inputWith(text), 'PK');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ name: 'Counter-Terrorism Department', aliases: ['CTD'], kind: 'police', country: 'PK' });
    expect(orgs[0].mentions).toHaveLength(3);
  });

  it('merges a tagger split "Ministry | of the | Interior" and drops bare title words', () => {
    const text = 'Officers from the Ministry of the Interior attended. The Federal Secretary of the Interior spoke.';
    const orgs = extractOrganizations(inputWith(text, [['Ministry', 'ORG'], ['Interior', 'ORG'], ['Federal', 'ORG']]), 'PK');
    expect(orgs.map((o) => [o.name, o.kind, o.country])).toEqual([['Ministry of the Interior', 'ministry', 'PK']]);
  });

  it('trims title words the tagger left at either side of an ORG span', () => {
    const text = 'Senate Majority Leader Chuck Schumer and Union Home Secretary Ravi Mohan spoke; the CS left.';
    const orgs = extractOrganizations(inputWith(text, [['Senate Majority', 'ORG'], ['Union', 'ORG'], ['CS', 'ORG'], ['Chuck Schumer', 'PER'], ['Ravi Mohan', 'PER']]), 'US');
    expect(orgs.map((o) => o.name)).toEqual(['Senate']);
  });

  it.each([
    ['British High Commission', 'embassy', 'GB'],
    ['Kenya Revenue Authority', 'agency', 'KE'],
    ['Lahore High Court', 'court', 'PK'],
    ['World Bank', 'international', null],
    ['Reuters', 'outlet', null],
    ['Nigerian Senate', 'legislature', 'NG'],
    ['Kremlin', 'government', 'RU'],
    ['Pentagon', 'government', 'US'],
  ])('%s → kind %s, country %s', (name, kind, country) => {
    const text = `A statement from the ${name} was issued on Monday.`;
    const [org] = extractOrganizations(inputWith(text, [[name, 'ORG']]), null);
    expect(org).toMatchObject({ name, kind, country });
  });

  it('negative: no organization from plain text without a tagger or a definition', () => {
    expect(extractOrganizations(inputWith('The ministry said the agency (not the police) would act.'), 'PK')).toEqual([]);
    expect(extractOrganizations(inputWith('He said (OK) twice.'), 'PK')).toEqual([]);
  });
});

describe('diplomatic missions', () => {
  it('finds a country’s embassy or high commission however it is cased', () => {
    const text = 'Staff of the US embassy and the British High Commission attended. The US Embassy said so.';
    for (const tags of [[], [['US', 'LOC']]] as [string, 'LOC'][][]) {
      const orgs = extractOrganizations(inputWith(text, tags), 'PK');
      expect(orgs.map((o) => [o.name, o.kind, o.country, o.mentions.length])).toEqual([
        ['US Embassy', 'embassy', 'US', 2],
        ['British High Commission', 'embassy', 'GB', 1],
      ]);
    }
  });
});
