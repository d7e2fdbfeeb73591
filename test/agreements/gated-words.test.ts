import { describe, expect, it } from 'vitest';
import { loadJsonData } from '../../src/data-files.js';
import { normalizeAction } from '../../src/agreements/action.js';
import { lexicon } from '../../src/agreements/lexicon.js';

const f = loadJsonData<Record<string, string[]>>('agreements/triggers.json');
const lex = lexicon();
const GATED = [
  ['negations', lex.negation],
  ['hedges', lex.hedge],
  ['leadHedges', lex.leadHedge],
  ['pastBackground', lex.past],
  ['singleAnaphors', lex.single],
] as const;

/** Every phrase of a list in contexts at the edges of the gate: plain, capitalised, glued, hyphenated, quoted. */
function contexts(phrase: string): string[] {
  const cap = phrase[0].toUpperCase() + phrase.slice(1);
  return [phrase, `they ${phrase} it`, `${cap}, they said`, `THEY ${phrase.toUpperCase()}`, `x${phrase}`, `${phrase}x`, `pre-${phrase}`, `${phrase}-led`,
    `“${phrase}”`, `the ${phrase.replace(/ /g, '\n ')} one`, `don't ${phrase}`, `${phrase}'s`];
}

const SENTENCES = [
  'The two sides did not agree on the terms.',
  'Officials hope to sign the accord next week.',
  'They won’t sign it, he said.',
  'The government had signed a similar deal in 2015.',
  'Analysts doubt that the talks will succeed.',
  'The company agreed to buy the plant.',
  'Kenya and Uganda signed a trade pact.',
];

describe('gated lexicon RegExps', () => {
  it.each(GATED)('%s: the gate never changes the answer', (list, gated) => {
    for (const phrase of f[list]) {
      for (const t of contexts(phrase)) expect(gated.test(t), `${list}: ${JSON.stringify(t)}`).toBe(gated.re.test(t));
    }
    for (const t of SENTENCES) expect(gated.test(t), t).toBe(gated.re.test(t));
  });
});

describe('normalizeAction filler gate', () => {
  it('still drops every filler of the lexicon, in any case', () => {
    for (const filler of f.fillers) {
      expect(normalizeAction(`build ${filler} a port`), filler).toBe('build a port');
      expect(normalizeAction(`build ${filler.toUpperCase()} a port`), filler).toBe('build a port');
      expect(normalizeAction(`build a port ${filler}`), filler).toBe('build a port');
    }
    // (As before the gate: the clause gives way to one space, next to the one already there.)
    expect(normalizeAction('build a port, which opens soon, and a road')).toBe('build a port  and a road');
  });
});
