import { lexicon } from './lexicon.js';
import { firstRun, WordTrie } from './word-trie.js';

/**
 * A cheap per-sentence proof that no trigger scanner (scanVerbs, scanPhrases) can match, so the
 * expensive alternation regexes run only on candidate sentences (about a third of news text).
 *
 * Every scanner pattern needs certain words, each standing as a whole run of ASCII letters (the
 * patterns put \s, \b or a non-letter lookaround around them): a verb form's first word, a
 * passive's participle, "be" and an establish verb… A family lists, per pattern, one or more
 * groups of such words; a match needs one word of every group. A sentence is a candidate when
 * its letter runs (lower-cased) satisfy some family. Lexicon words come from the lexicon itself,
 * so a new entry is never skipped; the fixed words mirror the fixed patterns of the scanners
 * named beside them and must change with them (test/agreements/prefilter.test.ts checks both).
 */

const FAMILY_NAMES = ['verb', 'passive', 'future-passive', 'future', 'commitment', 'readiness', 'nominal', 'signing',
  'component', 'binding', 'planned-nominal', 'welcome', 'held-talks', 'focused'] as const;
export type FamilyName = (typeof FAMILY_NAMES)[number];

/** A family's bit in triggerFamilies()'s result. */
export const FAMILY = Object.fromEntries(FAMILY_NAMES.map((n, i) => [n, 1 << i])) as Record<FamilyName, number>;

const words = (s: string) => s.split(' ');
const firstRuns = (list: Iterable<string>) => [...new Set([...list].map(firstRun))];

/** The word groups of every trigger pattern; lexicon parts from the lexicon. */
export function families(): Record<FamilyName, string[][]> {
  const lex = lexicon();
  return {
    // verb-triggers.ts scanVerbs: any verb form.
    verb: [firstRuns(lex.verbs.keys())],
    // phrase-triggers.ts passives: an auxiliary, then the participle.
    passive: [words('is are was were has have had will would shall to'), words('signed inked agreed concluded ratified approved reached finalised finalized struck sealed endorsed clinched brokered decided')],
    // phrase-triggers.ts futurePassives: "… be <established>".
    'future-passive': [['be'], firstRuns(Object.keys(lex.establish))],
    // phrase-triggers.ts futures: a future marker, then a plan verb.
    future: [firstRuns(lex.futureMarkers), firstRuns(lex.planVerbs)],
    // phrase-triggers.ts commitments.
    commitment: [
      words('reaffirm reaffirmed reaffirms reiterated reiterates renew renewed renews expressed expresses affirm affirmed affirms underscored underscores voiced voices demonstrated demonstrates confirm confirmed confirms announced announces made gave pledged pledges'),
      words('commitment commitments pledge pledges resolve determination readiness willingness resolution support'),
    ],
    // phrase-triggers.ts readiness.
    readiness: [words('ready willing prepared')],
    // nominal-triggers.ts nominals.
    nominal: [words('decision agreement understanding consensus resolution outcome result'), words('was is were are')],
    // nominal-triggers.ts signings.
    signing: [words('witnessed witness attended oversaw presided marked celebrated hailed'), ['signing']],
    // nominal-triggers.ts components.
    component: [
      words('component components part parts element elements pillar pillars centrepiece centerpiece cornerstone highlight highlights plank planks'),
      words('agreement deal accord understanding pact mou arrangement'),
    ],
    // nominal-triggers.ts bindings.
    binding: [
      words('accord accords agreement agreements deal deals pact pacts treaty treatys mou mous memorandum memorandums ceasefire ceasefires truce truces'),
      words('commits committed obliges obligates binds requires'),
    ],
    // nominal-triggers.ts plannedNominals.
    'planned-nominal': [words('planned proposed upcoming agreed envisaged forthcoming'), firstRuns(Object.keys(lex.nominalPlans))],
    // nominal-triggers.ts welcomes.
    welcome: [words('welcomed welcomes welcoming'), words('offer proposal pledge decision commitment initiative')],
    // nominal-triggers.ts talks: "held talks on …", "the meeting focused on …".
    'held-talks': [words('held hold holds holding'), words('talks discussions consultations negotiations')],
    focused: [words('meeting talks discussions session summit dialogue consultations'), words('focused focussed centred centered touched deliberated')],
  };
}

/** The family words in a trie (bits: their groups) and, per family, the bits of all its groups. */
interface Compiled {
  trie: WordTrie;
  needs: number[];
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  if (compiled) return compiled;
  const bits = new Map<string, number>();
  const needs: number[] = [];
  let bit = 0;
  const all = families();
  for (const name of FAMILY_NAMES) {
    let need = 0;
    for (const group of all[name]) {
      if (bit > 30) throw new Error('prefilter: too many word groups for one bit mask');
      const b = 1 << bit++;
      need |= b;
      for (const w of group) bits.set(w, (bits.get(w) ?? 0) | b);
    }
    needs.push(need);
  }
  return (compiled = { trie: new WordTrie(bits), needs });
}

/** Every family (a sentence the word test cannot rule on). */
export const ALL_FAMILIES = 0x7fffffff;

/** The trigger families (see FAMILY) whose words all stand in `s`; 0 when no trigger scanner can find anything. */
export function triggerFamilies(s: string): number {
  const { trie, needs } = compile();
  const mask = trie.maskOf(s);
  // A letter that folds to ASCII under /iu: the words cannot rule anything out.
  if (mask === -1) return ALL_FAMILIES;
  let found = 0;
  for (let f = 0; f < needs.length; f++) if ((mask & needs[f]) === needs[f]) found |= 1 << f;
  return found;
}
