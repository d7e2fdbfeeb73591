import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract.js';
import { seeds } from '../helpers/fixtures.js';

// Reviewed by hand against each article's text.
const EXPECTED: Record<string, { title: string | null; published: string | null; outlet: string | null; dateline: string | null }> = {
  '000_cce0d2dec809e230': {
    title: "Pakistan's Interior Minister Mohsin Naqvi meets US Ambassador to Pakistan, Natalie Baker on January 24, 2026.",
    published: '2026-01-24',
    outlet: 'APP',
    dateline: null,
  },
  '001_e95a0dfe71d2bbb7': { title: null, published: null, outlet: null, dateline: 'Islamabad' },
  '002_66193c65785121d0': { title: null, published: '2025-12-07', outlet: 'Dawn', dateline: 'Islamabad' },
  '003_fb411ceff8b4bc0c': {
    title: 'Pakistan, US commit to joint efforts against illegal immigration, drug trafficking',
    published: null,
    outlet: 'Dunya News',
    dateline: 'Islamabad',
  },
  '004_7bf2bc9db7987c3a': { title: 'Pak, United Kingdom to counter illegal immigration', published: null, outlet: null, dateline: 'Islamabad' },
};

describe('seed metadata', () => {
  it.each(seeds().map((s) => [s.name, s] as const))('%s', (name, seed) => {
    const a = extractText(seed.text, { path: seed.path });
    expect({
      title: a.title?.text ?? null,
      published: a.published?.date ?? null,
      outlet: a.outlet?.name ?? null,
      dateline: a.dateline?.place ?? null,
    }).toEqual(EXPECTED[name]);
  });

  it('keeps web-page residue out of the text and records it', () => {
    const byName = Object.fromEntries(seeds().map((s) => [s.name, extractText(s.text, { path: s.path })]));
    const residue = (name: string) => byName[name].repairs.filter((r) => r.kind === 'boilerplate').map((r) => r.text);
    expect(residue('001_e95a0dfe71d2bbb7')).toEqual(['Clearance System, Illegal Immigration', 'ogimageimage-name']);
    expect(residue('003_fb411ceff8b4bc0c')).toEqual(['Follow on', 'Follow us on Google News']);
    expect(residue('004_7bf2bc9db7987c3a')).toEqual([
      'Leave a Comment',
      'Your email address will not be published. Required fields are marked *',
      'Scroll to Top',
    ]);
    expect(residue('000_cce0d2dec809e230')).toEqual([]);
    expect(residue('002_66193c65785121d0')).toEqual([]);
  });
});
