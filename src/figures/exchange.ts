import type { Tok } from './lexer.js';
import { currencyAfter, type CurrencyHit } from './match.js';
import { resolveCurrency } from '../lexicon/currencies.js';
import type { ScanEnv } from './scan.js';

/**
 * Exchange rates: "the rupee closed at 278.65 against the US dollar", "N1,580 per dollar",
 * "the shilling traded at 129.2 to the dollar". The figure's unit becomes `NUM/DEN` (PKR/USD)
 * and its quantity `exchange-rate`; the numerator is the amount's own currency or the currency
 * named before it in the sentence.
 */
const LINK = new Set(['against', 'to', 'per', 'versus', 'vs', 'a', '/']);
const DET = new Set(['the', 'one', 'a', 'each', 'every', 'an']);

/** The currency the rate is quoted against, after the number: "against the US dollar". */
function denominator(toks: Tok[], j: number): { hit: CurrencyHit; end: number } | null {
  const link = toks[j];
  if (!link || !LINK.has(link.l)) return null;
  let k = j + 1;
  if (toks[k] && DET.has(toks[k].l)) k++;
  else if (link.l === 'to' || link.l === 'a') return null; // "converted 5,000 to dollars" is not a rate
  if (link.l === 'a' || toks[k]?.k !== 'word') return null;
  const hit = currencyAfter(toks, k);
  // a singular currency word or a code: "the dollar", "the USD", not "dollars"
  if (!hit || /s$/.test(hit.text) || hit.mult) return null;
  return { hit, end: hit.at };
}

/** The currency named before the figure (the rate's subject): "the Pakistani rupee", "the naira". */
function subjectCurrency(toks: Tok[], start: number, floor: number): CurrencyHit | null {
  let best: CurrencyHit | null = null;
  let bestEnd = -1;
  for (let k = start - 1; k >= floor && k >= start - 10; k--) {
    if (toks[k].k !== 'word') continue;
    const hit = currencyAfter(toks, k);
    if (!hit || hit.mult || hit.at > start) continue;
    if (best && hit.at < bestEnd) break;
    best = hit;
    bestEnd = hit.at;
  }
  return best;
}

export function exchangeRate(toks: Tok[], start: number, end: number, floor: number, unit: string | null, quantity: string | null, env: ScanEnv, scaled = false): { unit: string; end: number } | null {
  if (unit && quantity !== 'money') return null;
  const den = denominator(toks, end);
  if (!den) return unit && !scaled ? quotedIn(toks, start, unit, env) : null;
  const to = resolveCurrency(den.hit.ref, env.cueCount);
  const from = unit ?? (() => {
    const s = subjectCurrency(toks, start, floor);
    return s ? resolveCurrency(s.ref, env.cueCount) : null;
  })();
  if (!from || from === to) return null;
  return { unit: `${from}/${to}`, end: den.end };
}

/**
 * "Sterling rose 0.3% to $1.3455", "the euro was at $1.08": a currency quoted in another one;
 * the unit is the quote currency per one unit of the subject (USD/GBP).
 */
function quotedIn(toks: Tok[], start: number, unit: string, env: ScanEnv): { unit: string; end: number } | null {
  if (!/^(?:to|at|past|above|below|near)$/.test(toks[start - 1]?.l ?? '')) return null;
  for (let k = start - 2; k >= 0 && k >= start - 10; k--) {
    const t = toks[k];
    if (t.t === ';' || /^(?:and|but|while|whereas)$/.test(t.l)) return null;
    if (t.k !== 'word' || !(k === 0 || /^(?:the|The)$/.test(toks[k - 1].t) || /^\p{Lu}/u.test(t.t))) continue;
    const hit = currencyAfter(toks, k);
    // "the euro zone", "the dollar index" are not the currency quoted
    if (!hit || hit.mult || /s$/.test(hit.text) || /^(?:zone|area|index|bloc|value)$/.test(toks[hit.at]?.l ?? '')) continue;
    const from = resolveCurrency(hit.ref, env.cueCount);
    return from !== unit ? { unit: `${unit}/${from}`, end: -1 } : null;
  }
  return null;
}
