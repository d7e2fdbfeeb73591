import { describe, expect, it } from 'vitest';
import { alt } from '../../src/agreements/lexicon.js';
import { PhraseIndex } from '../../src/agreements/phrase-index.js';

const PHRASES = ['US', 'U.S.', 'UN', 'United States', 'United Nations', 'United Nations Development Programme', 'the Netherlands', 'Congo', 'Democratic Republic of the Congo', 'Niger', 'Nigeria', 'AB  CD'];

/** What the index must equal: the RegExp it replaces. */
function byRegExp(text: string): [number, number][] {
  const re = new RegExp(`(?<![\\p{L}\\d])(?:${alt(PHRASES)})(?![\\p{L}\\d])`, 'gu');
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

const TEXTS = [
  'The US and the UN met; U.S. officials and United\n\nStates envoys came.',
  'xUS US9 9US USé éUS 𝐀US US𝐀 US-led pro-US (US) "UN".',
  'the Netherlands, the  Netherlands, The Netherlands and the\u00a0Netherlands.',
  'Democratic Republic of the Congo, Congo-Brazzaville, Nigeria and Niger.',
  'United Nations Development Programme; United Nations Development.',
  'AB CD, AB  CD, AB   CD, AB\t\tCD, AB\u2003 CD.',
  '',
  'U',
];

describe('PhraseIndex', () => {
  const index = new PhraseIndex(PHRASES);

  it.each(TEXTS)('finds what the alternation RegExp finds in %j', (text) => {
    expect(index.matches(text)).toEqual(byRegExp(text));
  });

  it('refuses phrases it cannot index like the RegExp', () => {
    expect(() => new PhraseIndex(['X'])).toThrow();
    expect(() => new PhraseIndex(['A\tB'])).toThrow();
  });
});
