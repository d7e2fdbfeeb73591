import { glued, type Tok } from './lexer.js';
import { parseCore, parseScale, type Core } from './core.js';
import { currencyAfter, currencyBefore, matchPer, matchUnit, type CurrencyHit } from './match.js';
import { hedgeAfter, hedgeBefore } from './hedge.js';
import { guard, yearLike } from './guards.js';
import { changeVerbBefore } from './change.js';
import { resolveCurrency } from '../lexicon/currencies.js';
import { unitLexicon } from '../lexicon/units.js';
import { SCORE_CUES } from './cues.js';
import { nounPhraseAfter } from './counted.js';
import { isPersonNoun } from '../lexicon/units.js';

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
  /** The rate's denominator when one follows the counted noun ("passengers a year"). */
  per: string | null;
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
const AGE_UNITS = new Set(['year', 'month', 'week', 'day']);

interface Measured {
  core: Core;
  cur: CurrencyHit | null;
  value: number;
  scaled: boolean;
  unit: string | null;
  quantity: string | null;
  end: number;
  compound: string | null;
}

function isNumberStart(t: Tok): boolean {
  return t.k === 'num' || t.k === 'frac' || t.k === 'word';
}

/** Number, scale, currency and unit starting at token i (no range, no hedge). */
function measure(toks: Tok[], i: number, floor: number, env: ScanEnv): Measured | null {
  const core = parseCore(toks, i);
  if (!core) return null;
  if (core.start < floor) core.start = i;
  const cur = core.start > floor ? currencyBefore(toks, core.start) : null;
  const sc = parseScale(toks, core.end, !!cur);
  let value = core.value * sc.mult;
  let j = sc.end;
  // an uncertainty is read and dropped: "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5"
  const pm = toks[j]?.t === '±' ? 1 : toks[j]?.t === '+' && toks[j + 1]?.t === '/' && toks[j + 2]?.t === '-' ? 3 : 0;
  if (pm && toks[j + pm]?.k === 'num') j += pm + 1;
  const scaled = sc.mult > 1 || core.scaled;
  let unit: string | null = null;
  let quantity: string | null = null;
  let compound: string | null = null;
  if (cur && cur.at >= floor) {
    unit = resolveCurrency(cur.ref, env.cueCount);
    quantity = 'money';
  } else if (core.multiplier) {
    unit = 'x';
    quantity = 'multiplier';
  } else {
    const after = currencyAfter(toks, j);
    const pounds = after && /^pounds?$/.test(after.text) && !(scaled || env.money);
    if (after && !pounds) {
      unit = resolveCurrency(after.ref, env.cueCount);
      quantity = 'money';
      j = after.at;
      // "75 USD million"; "thirteen dollars and forty-five cents"
      const late = sc.mult === 1 ? parseScale(toks, j, true) : null;
      if (late && late.mult > 1) {
        value *= late.mult;
        j = late.end;
      }
      const and = toks[j]?.l === 'and' ? 1 : 0;
      const cents = toks[j + and] ? parseCore(toks, j + and) : null;
      if (cents && cents.value < 100 && /^(?:cents?|pence|p)$/.test(toks[cents.end]?.l ?? '')) {
        value += cents.value / 100;
        j = cents.end + 1;
      }
    } else {
      const hy = toks[j];
      if (hy && (hy.t === '-' || hy.t === '–') && glued(toks[j - 1], hy) && toks[j + 1]?.k === 'word' && glued(hy, toks[j + 1])) {
        // 34-year-old · 27-kilometer · three-fold · 12-member
        const w = toks[j + 1];
        const hc = cur ? null : currencyAfter(toks, j + 1);
        const u = hc ? null : matchUnit(toks, j + 1, { temperature: env.temperature, afterChange: true });
        if (hc) {
          unit = resolveCurrency(hc.ref, env.cueCount);
          quantity = 'money';
          j = hc.at;
          compound = w.l;
        } else if (u && AGE_UNITS.has(u.unit.id) && toks[u.end]?.t === '-' && toks[u.end + 1]?.l === 'old') {
          unit = 'year' === u.unit.id ? 'year' : u.unit.id;
          quantity = 'age';
          j = u.end + 2;
        } else if (u) {
          unit = u.unit.id;
          quantity = u.unit.quantity;
          j = u.end;
          if (unit !== 'x') compound = w.l;
        } else if (!/^(?:old|odd|plus|year-old)$/.test(w.l)) {
          compound = w.l;
          j += 2;
        }
      } else {
        const u = matchUnit(toks, j, { temperature: env.temperature, afterChange: !!changeVerbBefore(toks, core.start, floor), integer: core.integer });
        if (u) {
          unit = u.unit.id;
          quantity = u.unit.quantity;
          j = u.end;
          if (unit === 'ft') {
            // "5 ft 2 in", "6 feet and 2 inches"
            const and = toks[j]?.l === 'and' ? 1 : 0;
            const inch = toks[j + and]?.k === 'num' ? parseCore(toks, j + and) : null;
            const iu = inch && inch.value < 12 ? matchUnit(toks, inch.end, { temperature: false, afterChange: false }) : null;
            if (inch && iu?.unit.id === 'in') {
              value += inch.value / 12;
              j = iu.end;
            }
          }
          if (AGE_UNITS.has(unit) && toks[j]?.l === 'old') {
            quantity = 'age';
            j++;
          }
        }
      }
    }
  }
  if (unit && quantity !== 'money') {
    const per = matchPer(toks, j);
    if (per) {
      unit = `${unit}/${per.den}`;
      quantity = quantity === 'money' ? 'price' : 'rate';
      j = per.end;
    }
  } else if (unit && quantity === 'money') {
    const per = matchPer(toks, j, true);
    // a price per physical unit or per period ("Rs 272 per litre", "$80 a barrel", "$5bn a year"), not per share
    if (per && unitLexicon().byId.has(per.den)) {
      unit = `${unit}/${per.den}`;
      quantity = 'price';
      j = per.end;
    }
  }
  return { core, cur, value, scaled, unit, quantity, end: j, compound };
}

/** All figures of one sentence's tokens, left to right; linear in the number of tokens. */
export function scanTokens(toks: Tok[], env: ScanEnv): RawFigure[] {
  const out: RawFigure[] = [];
  let floor = 0;
  let i = 0;
  let lastLabelEnd = -1;
  const inPhone = (t: Tok) => env.phones.some(([s, e]) => t.s >= s && t.e <= e);
  while (i < toks.length) {
    const t = toks[i];
    if (!isNumberStart(t) || i < floor || inPhone(t)) {
      i++;
      continue;
    }
    const m = measure(toks, i, floor, env);
    if (!m) {
      i++;
      continue;
    }
    let { value, unit, quantity, end } = m;
    let range: { low: number; high: number } | null = null;
    let start = m.cur && m.cur.at >= floor ? Math.min(m.cur.at, m.core.start) : m.core.start;
    // ranges: 10-15%, 8 to 10 feet, between 3,000 and 4,000, $3-4 billion
    const between = toks[start - 1]?.l === 'between' && start - 1 >= floor;
    const conn = toks[end];
    if (conn && (RANGE_DASH.has(conn.l) || (between && conn.l === 'and'))) {
      const fromBefore = toks[start - 1]?.l === 'from';
      const k = end + 1;
      const second = toks[k] && isNumberStart(toks[k]) ? measure(toks, k, k, env) : toks[k] && toks[k + 1] && isNumberStart(toks[k + 1]) ? measure(toks, k + 1, k, env) : null;
      const dash = conn.l !== 'to' && conn.l !== 'and';
      const sameUnit = second && (m.unit === null || second.unit === null || m.unit === second.unit);
      const changeFrom = (fromBefore || conn.l === 'to') && changeVerbBefore(toks, fromBefore ? start - 1 : start, floor);
      const yearFirst = !m.unit && yearLike(m.core, toks) && !(second && (yearLike(second.core, toks) || (second.core.intDigits === 2 && second.core.integer)));
      if (second && sameUnit && !changeFrom && !yearFirst && second.core.start >= k && !(dash && second.core.spelled !== m.core.spelled)) {
        const bothYears = !m.unit && !second.unit && yearLike(m.core, toks) && (yearLike(second.core, toks) || (second.core.intDigits === 2 && second.core.integer));
        const score = dash && !m.unit && !second.unit && !m.scaled && !second.scaled && m.core.integer && second.core.integer && m.core.value <= 30 && second.core.value <= 30 && (
          toks.some((x) => SCORE_CUES.has(x.l)) || !(toks[second.end] && toks[second.end].k === 'word' && /^\p{Ll}/u.test(toks[second.end].t)));
        if (bothYears || score) {
          floor = second.end;
          i = second.end;
          continue;
        }
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
    if (!unit && !range && (toks[end]?.l === 'and' || toks[end]?.l === 'or') && toks[end + 1]?.k === 'num' && !m.core.spelled) {
      // "45 and 50 mg": the unit written once serves both
      const next = measure(toks, end + 1, end + 1, env);
      if (next?.unit && next.quantity !== 'money' && !yearLike(m.core, toks)) {
        unit = next.unit;
        quantity = next.quantity;
      }
    }
    const np = nounFollows(toks, end) ? nounPhraseAfter(toks, end, false) : null;
    const person = !!np && isPersonNoun(np.words[np.words.length - 1]);
    const marks = { unit: !!unit, currency: m.quantity === 'money', scaled: m.scaled, noun: nounFollows(toks, end), person };
    // "zero-tolerance", "one-sided", "two-way": a spelled number in a compound adjective
    const adjective = m.core.spelled && m.compound !== null && !unit && m.compound !== 'member' && m.compound !== 'man';
    const zero = m.core.spelled && m.core.value === 0 && !unit;
    let why = range ? null : adjective || zero ? 'adjective' : guard(toks, m.core, m.end, marks, true);
    // "page 3 of 4", "No. 5 to 7": the number after a label's number is a label too
    if (!why && !unit && lastLabelEnd >= 0 && m.core.start === lastLabelEnd + 1 && /^(?:of|to|and|-|–)$/.test(toks[lastLabelEnd].l)) why = 'label';
    if (why) {
      if (why === 'label') lastLabelEnd = m.core.end;
      i = Math.max(i + 1, m.core.end);
      continue;
    }
    if (!unit && toks[start - 1]?.l === 'aged' && m.core.integer) {
      unit = 'year';
      quantity = 'age';
    }
    let approximate: string | null = null;
    const hb = between ? null : hedgeBefore(toks, start, floor);
    if (hb && !(quantity === 'duration' && /^(?:over|under|above|below)$/.test(toks[hb.start].l))) {
      approximate = hb.approximate;
      if (toks[hb.start].l !== 'estimated' || toks[hb.start + 1]?.l !== 'at') start = hb.start;
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
      quantity: quantity ?? (unit && lx.byId.get(unit)?.quantity) ?? 'count',
      approximate,
      numStart: m.core.start,
      numEnd: end,
      compound: m.compound,
      per: null,
    });
    floor = end;
    i = end;
  }
  return out;
}

function nounFollows(toks: Tok[], j: number): boolean {
  const t = toks[j];
  if (!t || t.k !== 'word') return false;
  if (/^(?:of|the|a|an|and|or|in|on|at|to|for|by|with|from|is|was|were|are|per|last|this|that|percent)$/.test(t.l)) return t.l === 'of' && toks[j + 1]?.k === 'word';
  return /^\p{Ll}/u.test(t.t) || /s$/.test(t.t);
}
