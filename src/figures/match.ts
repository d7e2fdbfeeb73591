import { glued, type Tok } from './lexer.js';
import { unitLexicon, type UnitDef } from '../lexicon/units.js';
import { currencyLexicon, type CurrencyRef } from '../lexicon/currencies.js';
import { COMPARATIVE_AFTER_TIMES, SIZE_ADJ } from './cues.js';

/** Longest phrase at token j that `look` accepts; keys join tokens as written (glued → '', else ' '). */
function longest<T>(toks: Tok[], j: number, max: number, look: (exact: string, lower: string) => T | undefined): { hit: T; end: number } | null {
  let exact = '';
  let lower = '';
  let best: { hit: T; end: number } | null = null;
  for (let k = j; k < toks.length && k < j + max; k++) {
    const t = toks[k];
    if (t.k === 'skip') break;
    if (k > j) {
      if (!glued(toks[k - 1], t) && t.s - toks[k - 1].e > 1) break;
      const sep = glued(toks[k - 1], t) ? '' : ' ';
      exact += sep;
      lower += sep;
    }
    exact += t.t;
    lower += t.l;
    const hit = look(exact, lower);
    if (hit !== undefined) best = { hit, end: k + 1 };
  }
  return best;
}

/**
 * Every prefix of every key of some phrase tables. A phrase that `longest` builds from token j
 * starts with that token as written (and its lower case with the lower-cased token), so a token
 * that is no key's prefix cannot begin a hit: the scan skips `longest` there.
 */
function prefixes(...tables: Iterable<string>[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const keys of tables) for (const key of keys) for (let n = 1; n <= key.length; n++) out.add(key.slice(0, n));
  return out;
}

/** Every suffix of every key: a phrase that ends with a token that is no key's suffix is no key. */
function suffixes(...tables: Iterable<string>[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const keys of tables) for (const key of keys) for (let n = 0; n < key.length; n++) out.add(key.slice(n));
  return out;
}

let unitStarts: ReadonlySet<string> | null = null;
let currencyStarts: ReadonlySet<string> | null = null;

const mayStart = (starts: ReadonlySet<string>, t: Tok | undefined) => !!t && (starts.has(t.t) || starts.has(t.l));

function mayStartUnit(t: Tok | undefined): boolean {
  const lx = unitLexicon();
  return mayStart((unitStarts ??= prefixes(lx.bySymbol.keys(), lx.byName.keys())), t);
}

function mayStartCurrency(t: Tok | undefined): boolean {
  const cx = currencyLexicon();
  return mayStart((currencyStarts ??= prefixes(cx.symbols.keys(), cx.codes, cx.names.keys())), t);
}

export interface UnitHit {
  unit: UnitDef;
  end: number;
}

/** Unit words that are also ordinary English: only a unit when glued to the number or followed by no word. */
const WEAK = new Set(['in', 'min', 'sec', 'mt', 'ct', 'gm', 'mi', 'cc', 'pc', 'kb', 'mb', 'gb', 'tb', 'yd', 'ms', 'pm', 'am', 'rad', 'turn', 'turns', 'cup', 'cups', 'mound', 'mounds', 'gray', 'kilo', 'kilos', 'bar', 'bars', 'stone', 'stones', 'mach', 'amp', 'amps', 'mole', 'moles', 'lux', 'st']);

/** A measurement unit written at token j (after the number and its scale), or null. */
export function matchUnit(toks: Tok[], j: number, opts: { temperature: boolean; afterChange: boolean; integer?: boolean }): UnitHit | null {
  const lx = unitLexicon();
  const hit = mayStartUnit(toks[j]) ? longest(toks, j, lx.maxTokens, (exact, lower) => lx.bySymbol.get(exact) ?? lx.byName.get(lower)) : null;
  if (!hit) return null;
  const first = toks[j];
  const text = toks.slice(j, hit.end).map((t) => t.l).join(' ');
  const isGlued = glued(toks[j - 1], first);
  const next = toks[hit.end];
  const nextIsWord = next?.k === 'word' && !SIZE_ADJ.has(next.l) && next.l !== 'x' && next.l !== 'by';
  if (hit.end === j + 1 && /^\p{L}$/u.test(first.t) && !isGlued) {
    // a lone letter ("5 m", "30 C") is a unit only before punctuation, a number or "x"
    const ok = !next || next.k === 'num' || next.l === 'x' || next.l === 'by' || (next.k === 'sym' && next.t !== '-' && next.t !== '–') || (opts.temperature && hit.hit.quantity === 'temperature');
    if (!ok) return null;
  }
  const measureOf = next?.l === 'of' || next?.l === 'per' ? !/^(?:in|am|pm|min)$/.test(text) : false;
  if (WEAK.has(text) && !isGlued && nextIsWord && !measureOf) return null;
  if ((text === 'pm' || text === 'am') && opts.integer) return null;
  // "in" is an inch only at the end of a phrase: "2 in.", "5 ft 2 in", "2 in thick"
  if (text === 'in' && !isGlued && next && !(next.k === 'sym' && next.t !== '-') && !SIZE_ADJ.has(next.l)) return null;
  // the unit's letters run on into a code: "24703 m212", "L-202"
  if (next && glued(toks[hit.end - 1], next) && (next.k === 'num' || next.k === 'word' || ((next.t === '-' || next.t === '–') && toks[hit.end + 1] && glued(next, toks[hit.end + 1]) && toks[hit.end + 1].k === 'num'))) return null;
  if (hit.hit.id === 'x' && next?.k === 'num' && glued(toks[hit.end - 1], next)) return null;
  let unit = hit.hit;
  if (unit.id === 'x' && text === 'times') {
    if (!opts.afterChange && !(next && COMPARATIVE_AFTER_TIMES.has(next.l))) return null;
  }
  if (unit.id === 'deg' && opts.temperature) unit = lx.byId.get('degC') ?? unit;
  return { unit, end: hit.end };
}

/** The unit after "per", "a", "/" that makes a rate: "per day", "a year", "/min", "per kg". */
export function matchPer(toks: Tok[], j: number, price = false): { den: string; end: number } | null {
  const t = toks[j];
  if (!t) return null;
  const time = (t.l === 'a' || t.l === 'an' || t.l === 'each' || t.l === 'every') && !price;
  if (!(time || t.l === 'per' || t.t === '/' || (price && (t.l === 'a' || t.l === 'an')))) return null;
  const lx = unitLexicon();
  const hit = mayStartUnit(toks[j + 1]) ? longest(toks, j + 1, 3, (exact, lower) => lx.bySymbol.get(exact) ?? lx.byName.get(lower)) : null;
  if ((t.l === 'a' || t.l === 'an' || time) && /^(?:earlier|ago|before|later|after|prior|previously|back|on|since|from|in)$/.test(toks[hit?.end ?? -1]?.l ?? '')) return null;
  if (hit && (!time || hit.hit.quantity === 'duration') && hit.hit.id !== 'x') return { den: hit.hit.id, end: hit.end };
  const n = toks[j + 1];
  if (n && !time && /^(?:capita|head|person|share|unit|household|family)$/.test(n.l)) return { den: n.l === 'capita' || n.l === 'head' ? 'person' : n.l, end: j + 2 };
  return null;
}

let currencyEnds: ReadonlySet<string> | null = null;

/**
 * Whether a currency sign or code can end at token `last`, just before a number: every phrase
 * currencyBefore builds ends with `last` as written (its upper case for the loose symbol match),
 * and is a symbol, a prefix, a lower-case code, an "MEUR"-style code or a spaced "c $".
 */
function mayEndCurrency(last: Tok): boolean {
  const cx = currencyLexicon();
  const ends = (currencyEnds ??= suffixes(cx.symbols.keys(), cx.prefixes.keys(), [...cx.names.keys()].filter((n) => LOWER_CODE.test(n))));
  return ends.has(last.t) || ends.has(last.t.toUpperCase()) || last.t === '$' || /^M[A-Z]{3}$/.test(last.t);
}

export interface CurrencyHit {
  ref: CurrencyRef;
  /** First token of the sign (before) or one past the last (after). */
  at: number;
  /** The word as written, to tell money "pounds" from weight. */
  text: string;
  /** A scale folded into the code: "MEUR", "MUSD" (millions). */
  mult?: number;
}

/** "MEUR 120", "60 MUSD": finance writes millions as M before an ISO code. */
function millionCode(t: Tok | undefined): CurrencyRef | null {
  const m = t && /^M([A-Z]{3})$/.exec(t.t);
  return m && currencyLexicon().codes.has(m[1]) ? { code: m[1] } : null;
}

const LOWER_CODE = /^[a-z]{3}$/;

/** A currency sign or code written before the number that starts at token p ("US$", "Rs.", "PKR", "₦", "N30bn"). */
export function currencyBefore(toks: Tok[], p: number): CurrencyHit | null {
  const cx = currencyLexicon();
  const num = toks[p];
  let best: CurrencyHit | null = null;
  // A sign is at most one space away from the number; most numbers have none before them.
  if (p < 1 || num.s - toks[p - 1].e > 1 || !mayEndCurrency(toks[p - 1])) return null;
  for (let k = p - 1; k >= 0 && k >= p - 4; k--) {
    const span = toks.slice(k, p);
    if (span.some((t) => t.k === 'num' || t.k === 'skip')) break;
    let exact = '';
    for (let q = 0; q < span.length; q++) exact += (q > 0 && !glued(span[q - 1], span[q]) ? ' ' : '') + span[q].t;
    const squeezed = exact.replace(/ /g, '');
    const gap = num.s - toks[p - 1].e;
    if (gap > 1) break;
    let ref = cx.symbols.get(exact) ?? cx.symbols.get(squeezed) ?? cx.prefixes.get(exact);
    if (!ref && k === p - 1 && gap === 1 && millionCode(toks[k])) {
      best = { ref: millionCode(toks[k])!, at: k, text: exact, mult: 1e6 };
      continue;
    }
    // "c $ 16.4 million": newswire's spaced C$ (a lone "a" before "$" stays an article)
    if (!ref && span.length === 2 && span[0].l === 'c' && span[1].t === '$' && !glued(span[0], span[1])) ref = cx.symbols.get('C$');
    if (!ref) {
      const up = squeezed.toUpperCase();
      const s = cx.symbols.get(up);
      // lower-case "cad$", "mxn$", "us $": letters of two or more, or glued to the sign (never "a $7bn")
      const letters = span.filter((t) => t.k === 'word');
      const solid = letters.every((t) => t.t.length >= 2) || span.every((t, q) => q === 0 || glued(span[q - 1], t));
      if (s && solid && /\p{L}/u.test(squeezed) && squeezed.includes('$')) ref = s;
      else if (LOWER_CODE.test(exact) && cx.names.has(exact)) ref = cx.names.get(exact);
    }
    if (!ref) continue;
    const first = toks[k];
    if (gap === 0 && /^[A-Z]{3}$/.test(exact) && !cx.common.has(exact) && !cx.gluedOnly.has(exact)) continue; // COP29, ALL70
    if (toks[k - 1] && /^['’]$/.test(toks[k - 1].t) && (glued(toks[k - 1], first) || first.l === 's')) continue; // a possessive s, not S$
    if (cx.gluedOnly.has(exact) && (gap !== 0 || /\p{L}/u.test(toks[k - 1] && glued(toks[k - 1], first) ? toks[k - 1].t : ''))) continue;
    if (first.k === 'word' && toks[k - 1]?.k === 'word' && glued(toks[k - 1], first)) continue;
    best = { ref, at: k, text: exact };
  }
  return best;
}

/** A currency written after the number and its scale ("dollars", "US dollars", "USD", "€", "rupees"). */
export function currencyAfter(toks: Tok[], j: number): CurrencyHit | null {
  const cx = currencyLexicon();
  const hit = !mayStartCurrency(toks[j]) ? null : longest(toks, j, cx.maxTokens, (exact, lower) => {
    if (cx.symbols.has(exact) && !/\p{L}/u.test(exact)) return cx.symbols.get(exact);
    if (cx.codes.has(exact)) return { code: exact };
    return cx.names.get(lower);
  });
  if (!hit) {
    const mc = millionCode(toks[j]);
    return mc && !glued(toks[j - 1], toks[j]) ? { ref: mc, at: j + 1, text: toks[j].l, mult: 1e6 } : null;
  }
  const next = toks[hit.end];
  if (next && (next.k === 'num' || next.k === 'frac') && !/\p{L}/u.test(toks[j].t)) return null;
  return { ref: hit.hit, at: hit.end, text: toks.slice(j, hit.end).map((t) => t.l).join(' ') };
}
