import { lexicon } from './lexicon.js';

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

type Family = { name: string; groups: string[][] };

/** The first run of ASCII letters of a phrase ("green-lit" → "green", "'ll" → "ll", "set up" → "set"). */
export function firstRun(phrase: string): string {
  return /[a-z]+/.exec(phrase.toLowerCase())?.[0] ?? '';
}

const words = (s: string) => s.split(' ');
const firstRuns = (list: Iterable<string>) => [...new Set([...list].map(firstRun))];

/** The word groups of every trigger pattern; lexicon parts from the lexicon. */
export function families(): Family[] {
  const lex = lexicon();
  return [
    // verb-triggers.ts scanVerbs: any verb form.
    { name: 'verb', groups: [firstRuns(lex.verbs.keys())] },
    // phrase-triggers.ts passives: an auxiliary, then the participle.
    { name: 'passive', groups: [words('is are was were has have had will would shall to'), words('signed inked agreed concluded ratified approved reached finalised finalized struck sealed endorsed clinched brokered decided')] },
    // phrase-triggers.ts futurePassives: "… be <established>".
    { name: 'future-passive', groups: [['be'], firstRuns(Object.keys(lex.establish))] },
    // phrase-triggers.ts futures: a future marker, then a plan verb.
    { name: 'future', groups: [firstRuns(lex.futureMarkers), firstRuns(lex.planVerbs)] },
    // phrase-triggers.ts commitments.
    { name: 'commitment', groups: [
      words('reaffirm reaffirmed reaffirms reiterated reiterates renew renewed renews expressed expresses affirm affirmed affirms underscored underscores voiced voices demonstrated demonstrates confirm confirmed confirms announced announces made gave pledged pledges'),
      words('commitment commitments pledge pledges resolve determination readiness willingness resolution support'),
    ] },
    // phrase-triggers.ts readiness.
    { name: 'readiness', groups: [words('ready willing prepared')] },
    // nominal-triggers.ts nominals.
    { name: 'nominal', groups: [words('decision agreement understanding consensus resolution outcome result'), words('was is were are')] },
    // nominal-triggers.ts signings.
    { name: 'signing', groups: [words('witnessed witness attended oversaw presided marked celebrated hailed'), ['signing']] },
    // nominal-triggers.ts components.
    { name: 'component', groups: [
      words('component components part parts element elements pillar pillars centrepiece centerpiece cornerstone highlight highlights plank planks'),
      words('agreement deal accord understanding pact mou arrangement'),
    ] },
    // nominal-triggers.ts bindings.
    { name: 'binding', groups: [
      words('accord accords agreement agreements deal deals pact pacts treaty treatys mou mous memorandum memorandums ceasefire ceasefires truce truces'),
      words('commits committed obliges obligates binds requires'),
    ] },
    // nominal-triggers.ts plannedNominals.
    { name: 'planned-nominal', groups: [words('planned proposed upcoming agreed envisaged forthcoming'), firstRuns(Object.keys(lex.nominalPlans))] },
    // nominal-triggers.ts welcomes.
    { name: 'welcome', groups: [words('welcomed welcomes welcoming'), words('offer proposal pledge decision commitment initiative')] },
    // nominal-triggers.ts talks: "held talks on …", "the meeting focused on …".
    { name: 'held-talks', groups: [words('held hold holds holding'), words('talks discussions consultations negotiations')] },
    { name: 'focused', groups: [words('meeting talks discussions session summit dialogue consultations'), words('focused focussed centred centered touched deliberated')] },
  ];
}

interface Compiled {
  /** Word → the bits of the groups it belongs to. */
  bits: Map<string, number>;
  /** Per family, the bits of all its groups. */
  needs: number[];
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  if (compiled) return compiled;
  const bits = new Map<string, number>();
  const needs: number[] = [];
  let bit = 0;
  for (const f of families()) {
    let need = 0;
    for (const group of f.groups) {
      if (bit > 30) throw new Error('prefilter: too many word groups for one bit mask');
      const b = 1 << bit++;
      need |= b;
      for (const w of group) bits.set(w, (bits.get(w) ?? 0) | b);
    }
    needs.push(need);
  }
  return (compiled = { bits, needs });
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * False only when no trigger scanner can find anything in `s`. (The Kelvin sign and the long s
 * match "k" and "s" under the scanners' /iu flags; a sentence holding one is always scanned.)
 */
export function mayHoldTrigger(s: string): boolean {
  const { bits, needs } = compile();
  let mask = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isAsciiLetter(c)) {
      if (c === 0x212a || c === 0x17f) return true;
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAsciiLetter(s.charCodeAt(i))) i++;
    const b = bits.get(s.slice(start, i).toLowerCase());
    if (b !== undefined) mask |= b;
  }
  for (const need of needs) if ((mask & need) === need) return true;
  return false;
}
