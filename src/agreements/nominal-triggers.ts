import type { Candidate } from './candidate.js';
import { clauseStart } from './clause.js';
import { lazyRx, lexicon, type Status } from './lexicon.js';
import { make, matches } from './phrase-kit.js';
import { ALL_FAMILIES, FAMILY } from './prefilter.js';

const PLANNED_NOMINAL = lazyRx(() => `\\b(planned|proposed|upcoming|agreed|envisaged|forthcoming)\\s+(${lexicon().nominalPlanRe})\\s+of\\s+`, 'gi');

/** "A key decision made during the meeting was to launch …", "The agreement is that …". */
function nominals(s: string, from: number): Candidate[] {
  if (!/decision|agreement|understanding|consensus|resolution|outcome|result/i.test(s)) return [];
  const out: Candidate[] = [];
  const re = /\b(?:decision|agreement|understanding|consensus|resolution|outcome|result)\b[^.;:"“”]{0,90}?\b(?:was|is|were|are)\s+(?:also\s+)?(to|that)\s+/gi;
  for (const m of matches(re, s, from)) {
    if (/outcome|result/i.test(m[0].slice(0, 8)) && m[1].toLowerCase() === 'that') continue;
    const objFrom = m.index + m[0].length;
    out.push(make(s, from, { kind: 'nominal', status: 'agreed', trigStart: m.index, trigEnd: objFrom, objFrom, contextual: true }));
  }
  return out;
}

/** "The accord, signed on Sunday by A and B, commits both parties to a ceasefire." */
function bindings(s: string, from: number): Candidate[] {
  // Gate: a word every match contains (same flags), far cheaper than the pattern itself.
  if (!/commit|oblig|binds|requires/iu.test(s)) return [];
  const re = /\b(?:accord|agreement|deal|pact|treaty|MoU|memorandum|ceasefire|truce)s?\b([^.;]{0,140}?)\s(?:commits|committed|obliges|obligates|binds|requires)\s+([^.;]{1,60}?)\s+to\s+/giu;
  const out: Candidate[] = [];
  for (const m of matches(re, s, from)) {
    const objFrom = m.index + m[0].length;
    const status: Status = /\b(?:signed|inked|ratified)\b/i.test(m[1]) ? 'signed' : 'agreed';
    const innerFrom = m.index + m[0].indexOf(m[1]);
    out.push(make(s, from, { kind: 'nominal', status, trigStart: m.index, trigEnd: objFrom, objFrom, extra: [innerFrom, objFrom], contextual: true }));
  }
  return out;
}

/** "Police training forms a core component of the agreement." */
function components(s: string, from: number): Candidate[] {
  if (!/component|part|element|pillar|centrepiece|centerpiece|cornerstone|highlight|plank/iu.test(s)) return [];
  const re = /\s+(?:forms?|is|are|was|were|remains?|constitutes?)\s+(?:a|an|the|one of the)\s+(?:[\p{L}-]+\s+){0,2}(?:components?|parts?|elements?|pillars?|centrepiece|centerpiece|cornerstone|highlights?|planks?)\s+of\s+the\s+(?:new\s+)?(?:agreement|deal|accord|understanding|pact|MoU|arrangement)\b/giu;
  const out: Candidate[] = [];
  for (const m of matches(re, s, from)) {
    const clauseFrom = clauseStart(s, m.index, from);
    out.push(make(s, from, { kind: 'component', status: 'agreed', trigStart: m.index, trigEnd: m.index + m[0].length, clauseFrom, subjTo: clauseFrom, objFrom: clauseFrom, objTo: m.index, contextual: true }));
  }
  return out;
}

/** "the planned launch of the clearance system", "the agreed establishment of …". */
function plannedNominals(s: string, from: number): Candidate[] {
  if (!/planned|proposed|upcoming|agreed|envisaged|forthcoming/i.test(s)) return [];
  const lex = lexicon();
  const re = PLANNED_NOMINAL();
  const out: Candidate[] = [];
  for (const m of matches(re, s, from)) {
    const status: Status = m[1].toLowerCase() === 'agreed' ? 'agreed' : 'planned';
    const objFrom = m.index + m[0].length;
    const prefix = lex.nominalPlans[m[2].toLowerCase().replace(/\s+/g, ' ')] ?? m[2];
    out.push(make(s, from, { kind: 'planned-nominal', status, trigStart: m.index, trigEnd: objFrom, objFrom, prefix, contextual: true }));
  }
  return out;
}

/** "He welcomed the US's offer of technical assistance …". */
function welcomes(s: string, from: number): Candidate[] {
  if (!/welcom/iu.test(s)) return [];
  const re = /\bwelcom(?:ed|es|ing)\s+(?:the\s+)?((?:[\p{L}.]+\s){0,3}?[\p{L}.]+['’]s\s+)?(offer|proposal|pledge|decision|commitment|initiative)\s+(?:of|for|to)\s+/giu;
  const out: Candidate[] = [];
  for (const m of matches(re, s, from)) {
    const noun = m[2].toLowerCase();
    const status: Status = noun === 'pledge' || noun === 'commitment' ? 'committed' : noun === 'decision' ? 'agreed' : 'offered';
    const objFrom = m.index + m[0].length;
    const poss = m[1] ? [m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length] as [number, number] : null;
    out.push(make(s, from, { kind: 'welcome', status, trigStart: m.index, trigEnd: objFrom, objFrom, extra: poss, contextual: !poss }));
  }
  return out;
}

const TALKS_GATE = /talks|discussions|consultations|negotiations/iu;
const FOCUS_GATE = /focused|focussed|centred|centered|touched|deliberated/i;

/** "held talks on …", "the meeting also focused on …"; `found` as for scanPhrases. */
function talks(s: string, from: number, found: number): Candidate[] {
  const out: Candidate[] = [];
  const a = /\b(?:held|hold|holds|holding)\s+(?:[\p{L}-]+\s+){0,3}?(?:talks|discussions|consultations|negotiations)\s+(?:on|about|over|regarding)\s+/giu;
  const b = /\b(?:meeting|talks|discussions|session|summit|dialogue|consultations)\s+(?:also\s+)?(?:focused|focussed|centred|centered|touched|deliberated)\s+on\s+/gi;
  // Gates: the pattern's prefilter family, and a word every match contains (same flags).
  const patterns: [number, RegExp, RegExp][] = [[FAMILY['held-talks'], TALKS_GATE, a], [FAMILY.focused, FOCUS_GATE, b]];
  for (const [family, gate, re] of patterns) {
    if (!(found & family) || !gate.test(s)) continue;
    for (const m of matches(re, s, from)) {
      const objFrom = m.index + m[0].length;
      out.push(make(s, from, { kind: 'talks', status: 'discussed', trigStart: m.index, trigEnd: objFrom, objFrom, contextual: true }));
    }
  }
  return out;
}

/** "The two premiers witnessed the signing of 12 agreements …": signed, by the sides present. */
function signings(s: string, from: number): Candidate[] {
  if (!/signing/iu.test(s)) return [];
  const re = /\b(?:witnessed|witness|attended|oversaw|presided\s+over|marked|celebrated|hailed)\s+the\s+signing\s+of\s+/giu;
  const out: Candidate[] = [];
  for (const m of matches(re, s, from)) {
    const objFrom = m.index + m[0].length;
    out.push(make(s, from, { kind: 'nominal', status: 'signed', trigStart: m.index, trigEnd: objFrom, objFrom, contextual: true }));
  }
  return out;
}

/** Noun-centred statements: decisions, components and terms of a deal, planned launches, welcomed offers, talks; `found` as for scanPhrases. */
export function scanNominals(s: string, from: number, found = ALL_FAMILIES): Candidate[] {
  return [
    ...(found & FAMILY.nominal ? nominals(s, from) : []),
    ...(found & FAMILY.signing ? signings(s, from) : []),
    ...(found & FAMILY.component ? components(s, from) : []),
    ...(found & FAMILY.binding ? bindings(s, from) : []),
    ...(found & FAMILY['planned-nominal'] ? plannedNominals(s, from) : []),
    ...(found & FAMILY.welcome ? welcomes(s, from) : []),
    ...talks(s, from, found),
  ];
}
