import { glued, type Tok } from './lexer.js';
import { parseCore, parseScale, type Core } from './core.js';
import { currencyAfter, currencyBefore, matchPer, matchUnit, type CurrencyHit, type UnitHit } from './match.js';
import { SIZE_ADJ, STOP } from './cues.js';
import { changeVerbBefore } from './change.js';
import { resolveCurrency } from '../lexicon/currencies.js';
import { unitLexicon } from '../lexicon/units.js';
import type { ScanEnv } from './scan.js';
import { lookupTable } from '../text/lookup-table.js';

const AGE_UNITS = new Set(['year', 'month', 'week', 'day']);

/** A number with its scale, currency or unit, before ranges, hedges and guards. */
export interface Measured {
  core: Core;
  cur: CurrencyHit | null;
  value: number;
  scaled: boolean;
  unit: string | null;
  quantity: string | null;
  end: number;
  compound: string | null;
}

const CLOSE: Record<string, string> = lookupTable({ '[': ']', '<': '>', '(': ')' });

/** A unit in brackets right after the number: "20 [kg]", "20 (kg)". */
function bracketed(toks: Tok[], j: number): UnitHit | null {
  const open = toks[j];
  if (!open || !(open.t in CLOSE) || !glued(open, toks[j + 1])) return null;
  const u = matchUnit(toks, j + 1, { temperature: false, afterChange: false });
  return u && toks[u.end]?.t === CLOSE[open.t] && glued(toks[u.end - 1], toks[u.end]) ? { unit: u.unit, end: u.end + 1 } : null;
}

/**
 * Feet and inches written with primes: 5'6" (a height), 10" or 6' before a size word
 * ("10 \" long"). A bare quote mark after a number is otherwise a closing quote.
 */
function primes(toks: Tok[], j: number, value: number): (UnitHit & { value?: number }) | null {
  const p = toks[j];
  if (!p || !/^['’′"”″]$/.test(p.t)) return null;
  const lx = unitLexicon();
  const foot = /^['’′]$/.test(p.t);
  const inch = toks[j + 1];
  if (foot && glued(toks[j - 1], p) && inch?.k === 'num' && glued(p, inch) && /^["”″]$/.test(toks[j + 2]?.t ?? '') && Number(inch.t) < 12) {
    return { unit: lx.byId.get('ft')!, end: j + 3, value: value + Number(inch.t) / 12 };
  }
  const next = toks[j + 1];
  if (next && (SIZE_ADJ.has(next.l) || next.l === 'x' || next.t === '×') && !/^(?:in|across|away|apart)$/.test(next.l)) return { unit: lx.byId.get(foot ? 'ft' : 'in')!, end: j + 1 };
  return null;
}

/** End of text or a closing punctuation mark (not a unit, sign or word). */
const closes = (t: Tok | undefined) => !t || (t.k === 'sym' && /^[.,;:!?)\]"”]$/.test(t.t));

export function isNumberStart(t: Tok): boolean {
  return t.k === 'num' || t.k === 'frac' || t.k === 'word';
}

/** Number, scale, currency and unit starting at token i (no range, no hedge). */
export function measure(toks: Tok[], i: number, floor: number, env: ScanEnv): Measured | null {
  const core = parseCore(toks, i);
  if (!core) return null;
  if (core.start < floor) core.start = i;
  const cur = core.start > floor ? currencyBefore(toks, core.start) : null;
  const sc = parseScale(toks, core.end, !!cur);
  let value = core.value * sc.mult * (cur?.mult ?? 1);
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
    // "3 pounds 50 pence" is money even where nothing else talks of it
    const pence = toks[after?.at ?? -1]?.k === 'num' && /^(?:pence|p)$/.test(toks[(after?.at ?? -1) + 1]?.l ?? '');
    const pounds = after && /^pounds?$/.test(after.text) && !(scaled || env.money || pence);
    // "71,200 won", "1.5 trillion won": the Korean currency only where "won" cannot be the verb
    if (!after && toks[j]?.l === 'won' && (scaled || !core.integer || core.value >= 100) && (closes(toks[j + 1]) || /^(?:\(|a|per|each|apiece)$/.test(toks[j + 1]?.l ?? ''))) {
      unit = 'KRW';
      quantity = 'money';
      j++;
    } else if (after && !pounds) {
      unit = resolveCurrency(after.ref, env.cueCount);
      quantity = 'money';
      j = after.at;
      if (after.mult) value *= after.mult;
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
      } else if (!and && cents && sc.mult === 1 && !core.scaled && core.integer && cents.integer && cents.value > 0 && cents.value < 100 && (cents.spelled || toks[j].t.length === 2) && (closes(toks[cents.end]) || /^(?:more|less)$/.test(toks[cents.end].l))) {
        // "15 dollars 50", "thirteen dollars forty five": the cents written bare, ending the amount
        value += cents.value / 100;
        j = cents.end;
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
        } else if (u && AGE_UNITS.has(u.unit.id) && ((toks[u.end]?.t === '-' && toks[u.end + 1]?.l === 'old') || toks[u.end]?.l === 'old')) {
          // "34-year-old", "the 50-year old monarch"
          unit = 'year' === u.unit.id ? 'year' : u.unit.id;
          quantity = 'age';
          j = toks[u.end].l === 'old' ? u.end + 1 : u.end + 2;
        } else if (u) {
          unit = u.unit.id;
          quantity = u.unit.quantity;
          j = u.end;
          if (unit !== 'x') compound = w.l;
        } else if (!/^(?:old|odd|plus|year-old)$/.test(w.l) && !STOP.has(w.l)) {
          compound = w.l;
          j += 2;
        }
      } else {
        // "half a litre", "a quarter of a percentage point", "three quarters of a mile"
        const ofA = core.spelled && core.fraction && core.value < 1 ? (toks[j]?.l === 'of' ? 1 : 0) : -1;
        if (ofA >= 0 && /^(?:a|an)$/.test(toks[j + ofA]?.l ?? '')) {
          const fu = matchUnit(toks, j + ofA + 1, { temperature: env.temperature, afterChange: false });
          if (fu && fu.unit.id !== 'x') j += ofA + 1;
        }
        const u: (UnitHit & { value?: number }) | null = matchUnit(toks, j, { temperature: env.temperature, afterChange: !!changeVerbBefore(toks, core.start, floor), integer: core.integer }) ?? bracketed(toks, j) ?? primes(toks, j, value);
        if (u?.value !== undefined) value = u.value;
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
            } else if (!and && inch && inch.integer && inch.end === j + 1 && closes(toks[inch.end]) && /^(?:foot|feet)$/.test(toks[j - 1].l)) {
              value += inch.value / 12; // "6 foot 2"
              j = inch.end;
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
    if (per && (unitLexicon().byId.has(per.den) || /^(?:unit|household|family)$/.test(per.den))) {
      unit = `${unit}/${per.den}`;
      quantity = 'price';
      j = per.end;
    }
  }
  return { core, cur, value, scaled, unit, quantity, end: j, compound };
}
