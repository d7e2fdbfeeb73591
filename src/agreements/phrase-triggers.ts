import type { Candidate } from './candidate.js';
import { actionEnd, clauseStart } from './clause.js';
import { make, matches } from './phrase-kit.js';
import { lazyRx, lexicon, type Status } from './lexicon.js';
import { scanNominals } from './nominal-triggers.js';
import { ALL_FAMILIES, FAMILY } from './prefilter.js';

const FILL = () => `(?:(?:${lexicon().fillerRe})\\s+)*`;
const PASSIVE = lazyRx(() => `\\b(is|are|was|were|has been|have been|had been|will be|would be|shall be|to be)\\s+${FILL()}(signed|inked|agreed|concluded|ratified|approved|reached|finalised|finalized|struck|sealed|endorsed|clinched|brokered|decided)(?:\\s+(?:upon|on))?\\b`, 'gi');
const ANY_DEAL_NOUN = lazyRx(() => `(?<![\\p{L}-])(?:${lexicon().anyDealNoun})(?![\\p{L}-])`, 'iu');
const FUTURE_PASSIVE = lazyRx(() => `\\b(?:will|would|shall|(?:is|are|was|were)\\s+(?:also\\s+)?(?:to|set to|due to|expected to|scheduled to|likely to))\\s+${FILL()}(?:soon\\s+)?be\\s+${FILL()}(?:soon\\s+)?(${lexicon().establishRe})\\b`, 'gi');
const FUTURE = lazyRx(() => `\\b(?:${lexicon().futureRe})\\s+${FILL()}(?=(?:${lexicon().planRe})\\b)`, 'gi');

/** "a memorandum of understanding was signed", "it was agreed that …", "the loan was approved by the board". */
function passives(s: string, from: number): Candidate[] {
  // Gate: a word every match contains (same flags), far cheaper than the pattern itself.
  if (!/signed|inked|agreed|concluded|ratified|approved|reached|finalised|finalized|struck|sealed|endorsed|clinched|brokered|decided/i.test(s)) return [];
  const out: Candidate[] = [];
  const re = PASSIVE();
  for (const m of matches(re, s, from)) {
    const aux = m[1].toLowerCase();
    const verb = m[2].toLowerCase();
    const clauseFrom = clauseStart(s, m.index, from);
    const subject = s.slice(clauseFrom, m.index);
    const after = m.index + m[0].length;
    let status: Status = /signed|inked|ratified|concluded/.test(verb) ? 'signed' : 'agreed';
    if (/will|would|shall|to be/.test(aux)) status = 'planned';
    if (aux === 'had been') continue;
    if (/^\s*it\s*$/i.test(subject)) {
      const c = /^(?:\s+(?:in|at|during)\s+(?:the|a|an|its|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?,?\s+(?:that|to)\s+/iu.exec(s.slice(after));
      if (!c) continue;
      out.push(make(s, from, { kind: 'passive', status, trigStart: m.index, trigEnd: after, clauseFrom, objFrom: after + c[0].length, contextual: true }));
      continue;
    }
    if (!ANY_DEAL_NOUN().test(subject)) continue;
    const tail = actionEnd(s, after);
    out.push(make(s, from, {
      kind: 'passive', status, trigStart: m.index, trigEnd: after, clauseFrom,
      subjTo: clauseFrom, objFrom: clauseFrom, objTo: m.index, extra: [clauseFrom, tail], contextual: true,
    }));
    const compl = /^\s+(?:to|on|for)\s+/i.exec(s.slice(after));
    if (compl) out[out.length - 1].prefix = '';
  }
  return out;
}

/** "the centre would be set up soon", "a joint commission will be established". */
function futurePassives(s: string, from: number): Candidate[] {
  if (!/be\s/i.test(s)) return [];
  const lex = lexicon();
  const out: Candidate[] = [];
  const re = FUTURE_PASSIVE();
  for (const m of matches(re, s, from)) {
    const clauseFrom = clauseStart(s, m.index, from);
    const subject = s.slice(clauseFrom, m.index).trim();
    if (!/\p{L}{3,}/u.test(subject) || /^(?:it|this|that|they|these|those|he|she|which|who)$/i.test(subject)) continue;
    const verb = m[1].toLowerCase().replace(/\s+/g, ' ');
    if (/^\s+(?:down|back|off|out)\b/i.test(s.slice(m.index + m[0].length))) continue; // "held down", "rolled back"
    const lemma = lex.establish[verb] ?? verb;
    const after = m.index + m[0].length;
    const tailEnd = actionEnd(s, after);
    out.push(make(s, from, {
      kind: 'future-passive', status: 'planned', trigStart: m.index, trigEnd: after, clauseFrom,
      subjTo: clauseFrom, objFrom: clauseFrom, objTo: m.index, prefix: lemma, extra: [after, tailEnd], contextual: true,
    }));
  }
  return out;
}

/** "the two countries will jointly set up …", "Japan is set to provide …". */
function futures(s: string, from: number): Candidate[] {
  const out: Candidate[] = [];
  const re = FUTURE();
  for (const m of matches(re, s, from)) {
    const objFrom = m.index + m[0].length;
    if (/^be\b/i.test(s.slice(objFrom))) continue;
    // "…, which is expected to boost exports": a forecast about something, not a plan.
    if (/(?:,\s*|\s)(?:which|that)\s+$/i.test(s.slice(Math.max(0, m.index - 10), m.index))) continue;
    out.push(make(s, from, { kind: 'future', status: 'planned', trigStart: m.index, trigEnd: objFrom, objFrom }));
  }
  return out;
}

/** "reaffirmed their commitment to …", "expressed readiness to …". */
function commitments(s: string, from: number): Candidate[] {
  if (!/commitment|pledge|resolve|determination|readiness|willingness|resolution|support/iu.test(s)) return [];
  const out: Candidate[] = [];
  const re = /\b(?:reaffirm(?:ed|s)?|reiterat(?:ed|es)|renew(?:ed|s)?|express(?:ed|es)|affirm(?:ed|s)|underscor(?:ed|es)|voic(?:ed|es)|demonstrat(?:ed|es)|confirm(?:ed|s)|announc(?:ed|es)|made|gave|pledg(?:ed|es))\s+((?:[\p{L}.]+['’]s\s+|(?:their|its|his|her|our|the|a|an|full|firm|strong|continued|unwavering|steadfast|complete|resolute|shared|mutual|joint|clear|renewed)\s+)*)(commitments?|pledges?|resolve|determination|readiness|willingness|resolution|support)\s+(?:to|for)\s+/giu;
  for (const m of matches(re, s, from)) {
    const noun = m[2].toLowerCase();
    if (noun === 'support' && !/\bto\s+$/.test(m[0])) continue;
    const status: Status = /readiness|willingness/.test(noun) ? 'offered' : 'committed';
    const objFrom = m.index + m[0].length;
    const possStart = m.index + m[0].indexOf(m[1]);
    out.push(make(s, from, { kind: 'commitment', status, trigStart: m.index, trigEnd: objFrom, objFrom, extra: [possStart, possStart + m[1].length] }));
  }
  return out;
}

/** "Ethiopia was ready to supply …", "Japan is willing to help …": an offer. */
function readiness(s: string, from: number): Candidate[] {
  if (!/ready|willing|prepared/i.test(s)) return [];
  const re = /\b(?:is|was|are|were|remains?|remained|stands?|stood)\s+(?:also\s+|fully\s+)?(?:ready|willing|prepared)\s+to\s+/gi;
  const out: Candidate[] = [];
  for (const m of matches(re, s, from)) {
    const objFrom = m.index + m[0].length;
    out.push(make(s, from, { kind: 'commitment', status: 'offered', trigStart: m.index, trigEnd: objFrom, objFrom }));
  }
  return out;
}

/** Every phrase-level trigger in a sentence (from `from` on, after any dateline); `found` skips families the prefilter ruled out. */
export function scanPhrases(s: string, from: number, found = ALL_FAMILIES): Candidate[] {
  return [
    ...(found & FAMILY.passive ? passives(s, from) : []),
    ...(found & FAMILY['future-passive'] ? futurePassives(s, from) : []),
    ...(found & FAMILY.future ? futures(s, from) : []),
    ...(found & FAMILY.commitment ? commitments(s, from) : []),
    ...(found & FAMILY.readiness ? readiness(s, from) : []),
    ...scanNominals(s, from, found),
  ];
}
