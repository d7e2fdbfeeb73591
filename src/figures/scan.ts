import type { Tok } from './lexer.js';
import { hedgeAfter, hedgeBefore } from './hedge.js';
import { guard, yearLike } from './guards.js';
import { changeVerbBefore } from './change.js';
import { isPersonNoun, unitLexicon } from '../lexicon/units.js';
import { SCORE_CUES, STOP } from './cues.js';
import { isNumberStart, measure } from './measure.js';
import { nounFollows, nounPhraseAfter } from './counted.js';
import { exchangeRate } from './exchange.js';
import { ageApposition, agePersonApposition, definiteReference, dimensionSide, magnitudeBefore, percentOf, proportion, rankBefore, relativeTime, tenor, cricketScore } from './reference.js';
import { mayOpenSpelledNumber, parseCore } from './core.js';

/** A figure found in one sentence's tokens, before its description (counts, change). */
export interface RawFigure {
  /** Token range of the span (hedge and currency included). */
  a: number;
  b: number;
  value: number | { low: number; high: number };
  unit: string;
  quantity: string;
  approximate: string | null;
  /** First token of the number (after hedges and currency). */
  numStart: number;
  /** One past the number, its scale and its unit (where a counted noun may follow). */
  numEnd: number;
  /** A hyphenated compound ("12-member", "27-kilometer") whose noun follows. */
  compound: string | null;
}

export interface ScanEnv {
  cueCount: (cue: string) => number;
  /** The sentence talks about temperature (a bare "degrees" is °C). */
  temperature: boolean;
  /** The sentence talks about money (a bare "pounds" is sterling, not weight). */
  money: boolean;
  /** Character ranges of phone numbers in the sentence. */
  phones: Array<[number, number]>;
}

const RANGE_DASH = new Set(['-', '–', '—', 'to']);

/** All figures of one sentence's tokens, left to right; linear in the number of tokens. */
export function scanTokens(toks: Tok[], env: ScanEnv): RawFigure[] {
  const out: RawFigure[] = [];
  let floor = 0;
  let i = 0;
  let lastLabelEnd = -1;
  const inPhone = (t: Tok) => env.phones.some(([s, e]) => t.s >= s && t.e <= e);
  while (i < toks.length) {
    const t = toks[i];
    // Most tokens are words that cannot open a number: measure() would return null for them.
    if (!isNumberStart(t) || (t.k === 'word' && !mayOpenSpelledNumber(t.l)) || i < floor || inPhone(t)) {
      i++;
      continue;
    }
    const m = measure(toks, i, floor, env);
    if (!m) {
      i++;
      continue;
    }
    let { value, unit, quantity, end } = m;
    // "12 x 15 feet", "2 m by 3 m": the first side of a dimension takes the unit written after the second
    const dim = dimensionSide(toks, m, env);
    if (dim) ({ unit, quantity, end } = dim);
    let range: { low: number; high: number } | null = null;
    let start = m.cur && m.cur.at >= floor ? Math.min(m.cur.at, m.core.start) : m.core.start;
    const pc = unit ? -1 : percentOf(toks, m.core.start, end, floor);
    if (pc >= 0) {
      start = pc;
      unit = '%';
      quantity = 'percent';
    }
    const innings = unit ? null : cricketScore(toks, m.core, end, (k) => parseCore(toks, k));
    if (innings !== null) {
      floor = innings;
      i = innings;
      continue;
    }
    // ranges: 10-15%, 8 to 10 feet, between 3,000 and 4,000, $3-4 billion
    const between = toks[start - 1]?.l === 'between' && start - 1 >= floor;
    const conn = toks[end];
    if (conn && (RANGE_DASH.has(conn.l) || (between && conn.l === 'and'))) {
      const fromBefore = toks[start - 1]?.l === 'from';
      const k = end + 1;
      // a sign may stand between ("$3-$4", "Rs5-Rs6"), a word like "of" may not ("1,874-of-3,362")
      const second = toks[k] && isNumberStart(toks[k]) ? measure(toks, k, k, env) : toks[k] && !STOP.has(toks[k].l) && toks[k + 1] && isNumberStart(toks[k + 1]) ? measure(toks, k + 1, k, env) : null;
      const dash = conn.l !== 'to' && conn.l !== 'and';
      const sameUnit = second && (m.unit === null || second.unit === null || m.unit === second.unit);
      const changeFrom = (fromBefore || conn.l === 'to') && changeVerbBefore(toks, fromBefore ? start - 1 : start, floor);
      const yearFirst = !m.unit && yearLike(m.core, toks) && !(second && (yearLike(second.core, toks) || (second.core.intDigits === 2 && second.core.integer)));
      if (second && sameUnit && !changeFrom && !yearFirst && second.core.start >= k && !(dash && second.core.spelled !== m.core.spelled)) {
        const bothYears = !m.unit && !second.unit && yearLike(m.core, toks) && (yearLike(second.core, toks) || (second.core.intDigits === 2 && second.core.integer));
        const score = dash && !m.unit && !second.unit && !m.scaled && !second.scaled && m.core.integer && second.core.integer && m.core.value <= 30 && second.core.value <= 30 && (
          toks.some((x) => SCORE_CUES.has(x.l)) || !(toks[second.end] && toks[second.end].k === 'word' && /^\p{Ll}/u.test(toks[second.end].t)));
        // "voted 11-1", "won 3-2": a dash pair falling from left to right is a tally, not a range
        const tally = dash && !m.unit && !second.unit && m.core.integer && second.core.integer && !m.scaled && !second.scaled && m.core.value >= second.core.value;
        // "voted 320 to 206", "by 143 votes to nine": a falling pair joined by "to" is a vote tally, two counts
        // "52% to 47%": a falling pair with units is a split, never a range
        const votes = !dash && conn.l === 'to' && ((!m.unit && !second.unit && !m.scaled && !second.scaled && m.core.value > second.core.value) || (m.unit !== null && m.value > second.value));
        // "bowling figures of 5-32": wickets and runs, not a range
        const bowling = dash && !m.unit && !second.unit && ((toks[start - 1]?.l === 'of' && toks[start - 2]?.l === 'figures') ||
          // "Tolley 4-68", "Siraj 5-32": wickets for runs; a bare range does not span a single digit to dozens
          (m.core.integer && second.core.integer && !m.scaled && !second.scaled && m.core.value < 10 && second.core.value >= 20 && toks[start - 1]?.l !== 'aged' &&
            !(toks[second.end]?.k === 'word' && /^\p{Ll}/u.test(toks[second.end].t) && !STOP.has(toks[second.end].l))));
        if (bothYears || score || tally || bowling) {
          floor = second.end;
          i = second.end;
          continue;
        }
        // "106-26/32" (a bond price), "5.2-3.1": a range never falls
        if (!votes && !(second.value < value && dash)) {
          let lowV = value;
          // "$5-6 billion", "3 to 4 million": the scale written once serves both ends
          if (!m.scaled && second.scaled && m.core.value <= second.core.value) lowV = m.core.value * (second.value / second.core.value);
          range = { low: lowV, high: second.value };
          unit = m.unit ?? second.unit;
          quantity = m.quantity ?? second.quantity;
          end = second.end;
          if (between) start--;
        }
      }
    }
    const fx = range || m.core.spelled ? null : exchangeRate(toks, start, end, floor, unit, quantity, env, m.scaled);
    if (fx) {
      unit = fx.unit;
      quantity = 'exchange-rate';
      if (fx.end >= 0) end = fx.end;
    }
    if (!unit && !range && (toks[end]?.l === 'and' || toks[end]?.l === 'or') && toks[end + 1]?.k === 'num' && !m.core.spelled) {
      // "45 and 50 mg": the unit written once serves both
      const next = measure(toks, end + 1, end + 1, env);
      if (next?.unit && next.quantity !== 'money' && !yearLike(m.core, toks)) {
        unit = next.unit;
        quantity = next.quantity;
      }
    }
    const share = unit || range ? null : proportion(toks, m.core, (k) => parseCore(toks, k));
    if (share) {
      value = share.value;
      quantity = 'ratio';
      end = share.end;
    }
    if (!unit && !range && magnitudeBefore(toks, start)) {
      unit = 'magnitude';
      quantity = 'magnitude';
    }
    const np = nounFollows(toks, end) ? nounPhraseAfter(toks, end, false) : null;
    const person = !!np && isPersonNoun(np.words[np.words.length - 1]);
    const marks = { unit: !!unit, currency: !!m.cur || m.quantity === 'money' || m.quantity === 'price', scaled: m.scaled, noun: nounFollows(toks, end), person };
    // "zero-tolerance", "one-sided", "two-way": a spelled number in a compound adjective
    const adjective = m.core.spelled && m.compound !== null && !unit && m.compound !== 'member' && m.compound !== 'man' && !isPersonNoun(m.compound) && !isPersonNoun(`${m.compound}s`);
    const zero = m.core.spelled && m.core.value === 0 && !unit;
    let why = range || share ? null : adjective || zero ? 'adjective' : guard(toks, m.core, m.end, marks, true) ?? (unit ? null : definiteReference(toks, m.core, m.compound));
    if (!why && !unit && !range && rankBefore(toks, start)) why = 'rank';
    if (!why && quantity === 'duration' && m.compound !== null && !range && tenor(toks, end)) why = 'tenor';
    if (!why && quantity === 'duration' && !m.scaled && unit !== 'Myr' && relativeTime(toks, start, end)) why = 'time';
    // "page 3 of 4", "No. 5 to 7": the number after a label's number is a label too
    if (!why && !unit && lastLabelEnd >= 0 && m.core.start === lastLabelEnd + 1 && /^(?:of|to|and|-|–)$/.test(toks[lastLabelEnd].l)) why = 'label';
    if (why) {
      if (why === 'label') lastLabelEnd = m.core.end;
      i = Math.max(i + 1, m.core.end);
      continue;
    }
    const agedPair = toks[start - 1]?.l === 'and' && toks[start - 2]?.k === 'num' && toks[start - 3]?.l === 'aged';
    if (!unit && !share && ((toks[start - 1]?.l === 'aged' || agedPair) || ageApposition(toks, m.core) || agePersonApposition(toks, m.core)) && m.core.integer) {
      unit = 'year';
      quantity = 'age';
    }
    let approximate: string | null = null;
    const hb = between ? null : hedgeBefore(toks, start, floor);
    if (hb && !(quantity === 'duration' && /^(?:over|under|above|below)$/.test(toks[hb.start].l))) {
      approximate = hb.approximate;
      if (toks[hb.start].l !== 'estimated' || toks[hb.start + 1]?.l !== 'at') start = hb.start;
      // "children under five", "people over 60": an age bracket
      if (!unit && !range && m.core.integer && /^(?:under|over|above|below)$/.test(toks[hb.start].l) && isPersonNoun(toks[hb.start - 1]?.l ?? '') && !/(?:ed|dead)$/.test(toks[hb.start - 1].l) && m.core.value <= 100) {
        unit = 'year';
        quantity = 'age';
      }
    }
    const ha = hedgeAfter(toks, end);
    if (ha) {
      approximate = ha.approximate;
      end = ha.end;
    }
    if (m.core.multiplier && !(toks[end]?.l === 'as' || changeVerbBefore(toks, m.core.start, floor)) && !/fold$/.test(toks[m.core.start].l)) {
      i = end;
      continue;
    }
    const lx = unitLexicon();
    out.push({
      a: start,
      b: end,
      value: range ?? value,
      unit: unit ?? '',
      quantity: quantity ?? (unit && lx.byId.get(unit)?.quantity) ?? (!range && m.core.fraction && m.core.value < 1 ? 'ratio' : 'count'),
      approximate,
      numStart: m.core.start,
      numEnd: end,
      compound: m.compound,
    });
    floor = end;
    i = end;
  }
  return out;
}
