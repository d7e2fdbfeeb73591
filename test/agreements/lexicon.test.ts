import { describe, expect, it } from 'vitest';
import { lexicon, STATUS_RANK } from '../../src/agreements/lexicon.js';
import { lookupParty, scanParties } from '../../src/agreements/party-lexicon.js';

describe('agreements lexicon', () => {
  it('loads verb triggers with valid statuses and frames', () => {
    const lex = lexicon();
    expect(lex.verbs.get('inked')?.status).toBe('signed');
    expect(lex.verbs.get('pledged')?.status).toBe('committed');
    for (const v of lex.verbs.values()) {
      expect(Object.keys(STATUS_RANK)).toContain(v.status);
      expect(v.frames.length).toBeGreaterThan(0);
    }
  });

  it('ranks statuses signed > agreed > committed > planned > offered > discussed', () => {
    const order = Object.entries(STATUS_RANK).sort((a, b) => b[1] - a[1]).map(([k]) => k);
    expect(order).toEqual(['signed', 'agreed', 'committed', 'planned', 'offered', 'discussed']);
  });

  it.each([
    ['Islamabad', 'Pakistan'],
    ['Washington', 'United States'],
    ['London', 'United Kingdom'],
    ['U.S.', 'United States'],
    ['British', 'United Kingdom'],
    ['IMF', 'International Monetary Fund'],
  ])('%s → %s', (form, name) => {
    expect(lookupParty(form)?.name).toBe(name);
  });

  it('scans case-sensitively and skips longer names ("us", "Niger Delta")', () => {
    const text = 'Let us see: the Niger Delta, Washington Post and the US Ambassador.';
    expect(scanParties(text).map((m) => m.text)).toEqual(['US']);
  });
});
