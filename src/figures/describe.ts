import type { Tok } from './lexer.js';
import type { RawFigure } from './scan.js';
import { antecedentBefore, nounPhraseAfter, nounPhraseBefore, verbAfter, verbBefore, type NounPhrase } from './counted.js';
import { changeAdverbAfter, changeNounAfter, changeVerbBefore, type Change } from './change.js';
import { matchPer } from './match.js';
import { isPersonNoun } from '../lexicon/units.js';
import { IRREGULAR_PARTICIPLES, SUBSET } from './cues.js';
import { BE, casualtyAfter, FATES, nameAfter } from './groups.js';

/** A figure with what it counts and how it changed. */
export interface DescribedFigure extends RawFigure {
  counts: string | null;
  change: Change;
  /** The counted noun alone (for an elliptical figure after it: "3,000 people died and 900,000 were displaced"). */
  noun: string | null;
  /** The reporting verb ("arrested", "laid off"), inherited by a subset figure after it. */
  verb: string | null;
}

/** Compound nouns that say what is counted: "a 12-member delegation" counts delegation members. */
const COUNTED_COMPOUNDS = new Set(['member', 'seat', 'bed', 'nation', 'country', 'storey', 'story', 'room', 'man', 'person', 'party', 'team', 'vehicle', 'car', 'judge', 'bench']);
const TIME_NOUNS = /^(?:quarter|year|month|week|day|period|half|session|term|decade|season|fiscal|time)s?$/i;
const RATIO = new Set(['percent', 'percent-point', 'index', 'multiplier', 'exchange-rate']);
const MEASURES = new Set(['mass', 'area', 'length', 'volume', 'energy', 'power', 'information']);
const SUBJECT_SKIP = new Set(['by', 'to', 'at', 'of', 'from', 'was', 'is', 'were', 'are', 'stood', 'stands', 'remained', 'remains', 'reached', 'reaches', 'hit', 'touched', 'has', 'had', 'have', 'been', 'be', 'will', 'would', 'being', 'now', 'currently', 'further', 'sharply', 'slightly', 'about', 'around', 'nearly', 'almost', 'some', 'over', 'than', 'more', 'less', 'up', 'down', 'estimated', 'expected', 'projected', 'forecast', 'put', 'set', 'came', 'come', 'comes', 'registered', 'recorded', 'averaged', 'totalled', 'totaled', 'amounted', 'worth', 'valued', 'cost', 'costs', 'an', 'a']);

const phrase = (np: NounPhrase | null) => (np ? np.words.join(' ') : null);
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** The subject or object named before a ratio figure: "Inflation eased to 6.3 per cent", "raised its policy rate by". */
function subjectBefore(toks: Tok[], start: number, min: number): NounPhrase | null {
  let k = start;
  let skipped = 0;
  while (k - 1 >= min && skipped < 8) {
    const t = toks[k - 1];
    if (t.k !== 'word') break;
    // "Wheat production this season is estimated at": a time phrase is not the subject
    if (TIME_NOUNS.test(t.l) && /^(?:this|last|next|the|that|each|every)$/.test(toks[k - 2]?.l ?? '')) {
      k -= 2;
      skipped += 2;
      continue;
    }
    if (!(SUBJECT_SKIP.has(t.l) || /(?:ed|ose|ell|ew)$/.test(t.l) && skipped < 3 && !/^\p{Lu}/u.test(t.t))) break;
    k--;
    skipped++;
  }
  if (k === start && start - 1 >= min && toks[start - 1]?.k === 'word') return null;
  let np = k > min ? nounPhraseBefore(toks, k) : null;
  // "the death toll from the bus crash rose to 52": the subject is the noun before the prepositional phrase
  if (np) {
    let p = np.start - 1;
    while (p > min && /^(?:the|a|an|this|that|its|their)$/.test(toks[p].l)) p--;
    const prep = toks[p]?.l ?? '';
    const head = p > min && /^(?:from|in|at|on|among|across|after|during|over|to|of)$/.test(prep) ? nounPhraseBefore(toks, p) : null;
    // "the price of petrol": both nouns say what is measured
    if (head && head.start >= min) np = prep === 'of' ? { ...head, words: [...head.words, 'of', ...np.words], end: np.end } : head;
  }
  // a verb is not what the figure measures ("the firm bought a 10 per cent stake")
  if (np && (/(?:ed|ought|aught)$/.test(np.words[np.words.length - 1]) || IRREGULAR_PARTICIPLES.has(np.words[np.words.length - 1].toLowerCase())) && k < start) return null;
  return np;
}

/** Fills `counts` and `change` for the figures of one sentence (in order). */
export function describe(toks: Tok[], raws: RawFigure[]): DescribedFigure[] {
  const out: DescribedFigure[] = [];
  let lastVerbChangeAt = -1;
  for (let n = 0; n < raws.length; n++) {
    const f = raws[n];
    const prev = out[n - 1];
    const min = prev ? prev.b : 0;
    let np: NounPhrase | null = null;
    let reported: string | null = null;
    let change: Change = null;
    let countsText: string | null = null;
    const subset = toks[f.a - 1] ? SUBSET.has(toks[f.a - 1].l) : false;
    const q = f.quantity;
    if (RATIO.has(q)) {
      const cn = changeNounAfter(toks, f.b);
      if (cn) {
        change = cn.change;
        const prep = toks[cn.end];
        if (prep && (prep.l === 'in' || prep.l === 'of')) {
          np = nounPhraseAfter(toks, cn.end + 1, true);
          if (np?.anaphoric) {
            const ante = antecedentBefore(toks, f.a, min - 1);
            if (ante) countsText = `${phrase(ante)} ${np.words[np.words.length - 1]}`;
          }
        }
      } else if (toks[f.b]?.l === 'of') {
        np = nounPhraseAfter(toks, f.b + 1, true);
      } else if (/^(?:a|an|the)$/.test(toks[f.a - 1]?.l ?? '')) {
        np = nounPhraseAfter(toks, f.b, false); // "a 10 per cent stake", "a 5% tax"
      }
      if (!np && !countsText) np = subjectBefore(toks, f.a, min);
    } else if (q === 'money' || q === 'price') {
      const after = toks[f.b];
      if (after && (after.l === 'in' || after.l === 'of')) np = nounPhraseAfter(toks, f.b + 1, true);
      if (np && TIME_NOUNS.test(np.words[np.words.length - 1])) np = null; // "$3.2 billion in the first quarter"
      const before = toks[f.a - 1];
      if (!np && before && (before.l === 'worth' || before.l === 'of')) np = nounPhraseBefore(toks, f.a - 1);
      if (!np && before && before.l === 'at' && toks[f.a - 2]?.l === 'valued') np = nounPhraseBefore(toks, f.a - 2);
      if (!np && before && before.l === 'to' && /^(?:amounted|amounts|amount|totalled|totaled|came|rose|fell|climbed|dropped|increased|decreased|jumped|grew)$/.test(toks[f.a - 2]?.l ?? '')) np = nounPhraseBefore(toks, f.a - 2);
      if (!np && after && after.k === 'word' && /^\p{Ll}/u.test(after.t)) {
        const direct = nounPhraseAfter(toks, f.b, false);
        if (direct && direct.words.length <= 2 && /s$/.test(direct.words[direct.words.length - 1]) && !/ed$/.test(direct.words[0])) np = direct;
      }
      if (!np && before && /^(?:was|were|is|are|at|reached|hit|stood|totalled|totaled)$/.test(before.l)) np = subjectBefore(toks, f.a, min);
    } else if (MEASURES.has(q)) {
      if (toks[f.b]?.l === 'of') np = nounPhraseAfter(toks, f.b + 1, true);
      else if (f.compound) np = nounPhraseAfter(toks, f.b, false);
      else if (/^(?:was|were|is|are|at|reached|hit|stood|totalled|totaled|to)$/.test(toks[f.a - 1]?.l ?? '')) np = subjectBefore(toks, f.a, min);
    } else if (q === 'count' || q === 'age' || q === 'number' || q === 'ratio') {
      if (toks[f.b]?.l === 'of' && /^(?:the|these|those|them|their|whom|which)$/.test(toks[f.b + 1]?.l ?? '')) {
        np = nounPhraseAfter(toks, f.b + 1, true);
        // "12 of the 28 seats": the whole is counted in the same things
        if (!np && toks[f.b + 2]?.k === 'num' && /^(?:the|these|those|their)$/.test(toks[f.b + 1].l)) np = nounPhraseAfter(toks, f.b + 3, false);
      } else np = nounPhraseAfter(toks, f.b, false) ?? (f.compound && COUNTED_COMPOUNDS.has(f.compound) ? nameAfter(toks, f.b) : null);
      // "the population grew from 1.2 million": what the bare number measures is named before it
      if (!np && /^(?:from|to|at|reached|hit|stood|totalled|totaled|was|is|were|are|of)$/.test(toks[f.a - 1]?.l ?? '')) {
        const subj = subjectBefore(toks, f.a, min);
        if (subj) countsText = phrase(subj);
      }
    }
    // what happened to it: "were arrested", "police recovered"
    if (np && !countsText && !RATIO.has(q) && q !== 'money' && q !== 'price' && np.start >= f.b) {
      let verb = verbAfter(toks, np.end, subset);
      if (!verb && subset && prev?.verb) verb = prev.verb;
      if (!verb && toks[f.a - 1] && !subset) verb = verbBefore(toks, f.a);
      countsText = phrase(np);
      if (f.compound && COUNTED_COMPOUNDS.has(f.compound)) countsText = `${countsText} ${f.compound.endsWith('man') ? `${f.compound.slice(0, -3)}men` : `${f.compound}s`}`;
      if (verb && verb !== np.words[np.words.length - 1]) countsText = `${countsText} ${verb}`;
      reported = verb;
    } else if (np && !countsText) countsText = phrase(np);
    // "some 3,000 people died and 900,000 were displaced": the noun is not repeated
    let ellipticalPerson = false;
    if (!np && !countsText && prev?.noun && (q === 'count' || q === 'number') && f.unit === '') {
      const verb = verbAfter(toks, f.b, false);
      if (verb && /^(?:and|while|but|with|,)$/.test(toks[f.a - 1]?.l ?? '')) {
        countsText = `${prev.noun} ${verb}`;
        ellipticalPerson = prev.unit === 'person';
      } else if (!verb && toks[f.b]?.k !== 'word' && /^(?:and|,)$/.test(toks[f.a - 2]?.l ?? '') && prev.b <= f.a - 2) {
        // "killing nine people and injuring more than 1,000", "killed 12 people and injured 40": the noun is not repeated
        const v = toks[f.a - 1];
        const past = v.k === 'word' && (IRREGULAR_PARTICIPLES.has(v.l) || (/ed$/.test(v.l) && v.l.length > 4));
        if (past || (v.k === 'word' && /ing$/.test(v.l) && v.l.length > 5)) {
          countsText = past ? `${prev.noun} ${v.l}` : prev.noun;
          ellipticalPerson = prev.unit === 'person';
        }
      }
    }
    // "at least 15 were killed", "three died", "12 are missing", "the blast killed seven": only people are killed, hurt or missing
    if (!np && !countsText && (q === 'count' || q === 'number') && f.unit === '') {
      const fate = casualtyAfter(toks, f.b) ?? (FATES.has(toks[f.a - 1]?.l ?? '') && !BE.has(toks[f.a - 2]?.l ?? '') ? toks[f.a - 1].l : null);
      if (fate) {
        countsText = fate;
        ellipticalPerson = true;
      }
    }
    // a figure compared with the one before inherits what it counts: "up from 48.9%", ", or 1.9%"
    const b1 = toks[f.a - 1]?.l;
    const family = prev && (prev.unit === f.unit || (RATIO.has(prev.quantity) && RATIO.has(q)));
    const adjacent = family && prev.b === f.a - 1 && (b1 === 'or' || b1 === 'to' || b1 === 'from');
    const apposition = adjacent || (prev && (b1 === 'or' || b1 === 'from' || b1 === 'against') && prev.unit === f.unit);
    if (apposition && !countsText) countsText = prev.counts;
    // "a 31% fall in net profit to ₹3,924 crore", "closed 1.8% lower at ₹682.45": the new level of what changed
    const level = (b1 === 'to' || b1 === 'at') && prev?.change && prev.counts && RATIO.has(prev.quantity) && !RATIO.has(q) && f.a - prev.b <= 8 && !toks.slice(prev.b, f.a).some((t) => t.t === ',' || t.t === ';');
    if (level && (!np || np.start < f.a)) countsText = prev.counts;
    if (!change && b1 === 'or' && prev) change = prev.change;
    // "salaries would be increased by 10pc and pensions by 7pc": the verb is not repeated
    if (!change && b1 === 'by' && prev?.change && f.a - prev.b <= 5 && toks[prev.b]?.l === 'and') change = prev.change;
    if (!change && q !== 'duration' && q !== 'age') {
      const cv = changeVerbBefore(toks, f.a, min);
      const fundraising = (q === 'money' || q === 'count') && cv?.via === 'direct' && /^(?:rais|add|gain)/.test(cv.verb);
      if (cv && !fundraising && !(cv.via === 'to' && lastVerbChangeAt >= 0 && prev && prev.change)) change = cv.change;
      if (cv) lastVerbChangeAt = n;
    }
    if (!change) {
      const adv = changeAdverbAfter(toks, f.b);
      if (adv && RATIO.has(q)) change = adv;
    }
    if (!change && q === 'multiplier') change = 'increase';
    let unit = ellipticalPerson ? 'person' : f.unit;
    let quantity = ellipticalPerson ? 'count' : q;
    if ((q === 'count' || q === 'number') && np && unit === '') {
      const head = np.words[np.words.length - 1].toLowerCase();
      if (isPersonNoun(head) || f.compound === 'member' || f.compound === 'man' || (f.compound && isPersonNoun(`${f.compound}s`)) || (FATES.has(reported ?? '') && /^\p{Lu}/u.test(np.words[0]))) unit = 'person';
      quantity = 'count';
      const per = matchPer(toks, np.end);
      if (per) {
        unit = `${unit || '1'}/${per.den}`;
        quantity = 'rate';
      }
    }
    if ((quantity === 'count' || quantity === 'number') && unit === '' && !countsText) quantity = 'number';
    const sentenceInitial = (np && np.start === 0) || (!np && countsText !== null);
    const noun = np && np.start >= f.b ? phrase(np) : countsText && prev?.noun && countsText.startsWith(prev.noun) ? prev.noun : null;
    // Fields listed, not spread from `f`: the spread was most of describe()'s time.
    const counts = countsText ? (sentenceInitial ? lowerFirst(countsText) : countsText) : null;
    out.push({ a: f.a, b: f.b, value: f.value, unit, quantity, approximate: f.approximate, numStart: f.numStart, numEnd: f.numEnd, compound: f.compound, counts, change, noun, verb: reported });
  }
  return out;
}
