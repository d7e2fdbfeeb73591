import { describe, expect, it } from 'vitest';
import { lexicon } from '../../src/agreements/lexicon.js';
import { scanPhrases } from '../../src/agreements/phrase-triggers.js';
import { ALL_FAMILIES, FAMILY, families, triggerFamilies } from '../../src/agreements/prefilter.js';
import { scanVerbs } from '../../src/agreements/verb-triggers.js';
import { WordTrie } from '../../src/agreements/word-trie.js';

/** One sentence per trigger pattern (the scanners find something in each). */
const TRIGGERING = [
  'Kenya and Uganda agreed on Tuesday to reopen the border crossing.',
  'The two governments signed a memorandum of understanding on rail links.',
  'A memorandum of understanding was signed by both ministers.',
  'It was agreed that the committee would meet monthly.',
  'A joint working group will be set up to monitor the deal.',
  'The two countries will jointly build a hydropower plant.',
  'Japan is expected to provide $50 million for the project.',
  'Both leaders reaffirmed their commitment to expand trade.',
  'Ethiopia was ready to supply electricity to its neighbours.',
  'A key decision of the meeting was to launch a task force.',
  'The premiers witnessed the signing of five agreements.',
  'Police training forms a core component of the agreement.',
  'The accord, signed on Sunday, commits both parties to a ceasefire.',
  'They discussed the planned construction of a new terminal.',
  'He welcomed the bank\'s offer of technical assistance for the scheme.',
  'The ministers held talks on energy security.',
  'The meeting also focused on climate finance.',
  'Ghana pledged $2 million to the regional fund.',
  'The board approved a loan for the irrigation scheme.',
];

const NOT_TRIGGERING = [
  'Heavy rain fell across the capital on Monday.',
  'The museum reopened after a long renovation.',
  'Prices rose by three percent in the year to March.',
];

describe('agreements trigger prefilter', () => {
  it('covers every trigger word of the lexicons (a new entry cannot be skipped)', () => {
    const lex = lexicon();
    for (const form of lex.verbs.keys()) {
      expect(triggerFamilies(`They ${form} to build a port.`) & FAMILY.verb, form).toBeTruthy();
      expect(triggerFamilies(`THEY ${form.toUpperCase()} TO BUILD A PORT.`) & FAMILY.verb, form).toBeTruthy();
    }
    for (const verb of Object.keys(lex.establish)) {
      expect(triggerFamilies(`The centre will be ${verb} soon.`) & FAMILY['future-passive'], verb).toBeTruthy();
    }
    for (const marker of lex.futureMarkers) for (const plan of lex.planVerbs) {
      expect(triggerFamilies(`We${marker.startsWith("'") ? '' : ' '}${marker} ${plan} the plant.`) & FAMILY.future, `${marker} ${plan}`).toBeTruthy();
    }
    for (const noun of Object.keys(lex.nominalPlans)) {
      expect(triggerFamilies(`the planned ${noun} of the centre`) & FAMILY['planned-nominal'], noun).toBeTruthy();
    }
  });

  it('keeps every word group lower-case ASCII and non-empty', () => {
    for (const [name, groups] of Object.entries(families())) {
      for (const group of groups) {
        expect(group.length, name).toBeGreaterThan(0);
        for (const w of group) expect(w, name).toMatch(/^[a-z]+$/);
      }
    }
  });

  it.each(TRIGGERING)('lets the scanners find the same in: %s', (s) => {
    const found = triggerFamilies(s);
    const verbs = scanVerbs(s, 0);
    const phrases = scanPhrases(s, 0);
    expect(verbs.length + phrases.length).toBeGreaterThan(0);
    if (verbs.length) expect(found & FAMILY.verb).toBeTruthy();
    expect(scanPhrases(s, 0, found)).toEqual(phrases);
  });

  it.each(NOT_TRIGGERING)('rules out: %s', (s) => {
    expect(triggerFamilies(s)).toBe(0);
    expect([...scanVerbs(s, 0), ...scanPhrases(s, 0)]).toEqual([]);
  });

  it('scans every family when a letter folds to ASCII under /iu (Kelvin sign, long s)', () => {
    expect(triggerFamilies('They \u017figned a pact.')).toBe(ALL_FAMILIES);
    expect(triggerFamilies('A 5 \u212a rise.')).toBe(ALL_FAMILIES);
  });
});

describe('WordTrie', () => {
  const trie = new WordTrie(new Map([['sign', 1], ['signed', 2], ['deal', 4]]));

  it('reads whole runs of ASCII letters, case-insensitively', () => {
    expect(trie.maskOf('They SIGNED a deal.')).toBe(6);
    expect(trie.maskOf('They co-signed the dealers')).toBe(2);
    expect(trie.maskOf('signature deals')).toBe(0);
  });

  it('finds where the words start, a run begun before `from` counted whole', () => {
    expect(trie.startsIn('We sign; they signed.', 0)).toEqual([3, 14]);
    expect(trie.startsIn('We sign; they signed.', 4)).toEqual([14]);
  });
});

describe('WordTrie.maskOf', () => {
  it('reports every bit for a letter that folds to ASCII under /iu', () => {
    const trie = new WordTrie(new Map([['sign', 1]]));
    expect(trie.maskOf('\u017figned')).toBe(-1);
    expect(trie.maskOf('a 5 \u212a rise')).toBe(-1);
    expect(trie.maskOf('sign')).toBe(1);
  });
});
