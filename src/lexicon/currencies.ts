import { loadJsonData } from '../data-files.js';
import { phraseTokens } from './units.js';

interface CurrencyDef {
  code: string;
  lower?: boolean;
  symbols?: string[];
  names?: string[];
  prefixes?: string[];
  glued?: string[];
  minorOf?: string;
  factor?: number;
}

/** A sign or word that names several currencies; the article's country cues pick one. */
export interface AmbiguousCurrency {
  surface: string[];
  fallback: string | null;
  /** Recorded as the unit when no cue decides and there is no fallback (e.g. `rupee`). */
  unit?: string;
  candidates: { code: string; cues: string[] }[];
}

interface CurrenciesFile {
  currencies: CurrencyDef[];
  ambiguous: AmbiguousCurrency[];
  codes: string[];
}

/** What a currency sign or word resolves to before looking at the article. */
export type CurrencyRef = { code: string } | { ambiguous: AmbiguousCurrency };

export interface CurrencyLexicon {
  /** Exact-case signs written before or after the amount: $, US$, €, ₦ … */
  symbols: Map<string, CurrencyRef>;
  /** Exact-case abbreviations and ISO codes written before the amount: Rs, PKR, KSh … */
  prefixes: Map<string, CurrencyRef>;
  /** Prefixes that only count when glued to the digits (N30bn, R5m). */
  gluedOnly: Set<string>;
  /** Lower-case names written after the amount: dollars, rupees, us dollars … (also lower-case codes). */
  names: Map<string, CurrencyRef>;
  /** Upper-case ISO codes written after the amount (50 million USD). */
  codes: Set<string>;
  /** Everyday codes that may touch the digits (USD115, PKR500); others need a space (not COP29). */
  common: Set<string>;
  maxTokens: number;
}

let cached: CurrencyLexicon | null = null;

export function currencyLexicon(): CurrencyLexicon {
  if (cached) return cached;
  const file = loadJsonData<CurrenciesFile>('currencies.json');
  const symbols = new Map<string, CurrencyRef>();
  const prefixes = new Map<string, CurrencyRef>();
  const names = new Map<string, CurrencyRef>();
  const gluedOnly = new Set<string>();
  const codes = new Set<string>(file.codes);
  const common = new Set<string>();
  let maxTokens = 1;
  const note = (s: string) => (maxTokens = Math.max(maxTokens, phraseTokens(s)));
  for (const amb of file.ambiguous) {
    const ref = { ambiguous: amb };
    for (const s of amb.surface) {
      if (/^\p{Ll}/u.test(s)) names.set(s, ref);
      else if (/\p{L}/u.test(s) && s.length > 1 && s !== 'USD') prefixes.set(s, ref);
      else if (s !== 'USD') symbols.set(s, ref);
      note(s);
    }
  }
  for (const c of file.currencies) {
    const ref = { code: c.code };
    for (const s of c.symbols ?? []) (symbols.has(s) ? null : symbols.set(s, ref), note(s));
    for (const p of c.prefixes ?? []) (prefixes.has(p) ? null : prefixes.set(p, ref), note(p));
    for (const g of c.glued ?? []) gluedOnly.add(g);
    for (const n of c.names ?? []) (names.has(n) ? null : names.set(n, ref), note(n));
    if (c.lower) {
      names.set(c.code.toLowerCase(), ref);
      common.add(c.code);
    }
    if (!c.minorOf) codes.add(c.code);
  }
  for (const code of codes) if (!prefixes.has(code)) prefixes.set(code, { code });
  cached = { symbols, prefixes, gluedOnly, names, codes, common, maxTokens };
  return cached;
}

/** Minor units recorded as their own unit (GBX = pence): the major unit and factor, for the reconciler. */
export function minorUnit(code: string): { of: string; factor: number } | null {
  const c = loadJsonData<CurrenciesFile>('currencies.json').currencies.find((x) => x.code === code);
  return c?.minorOf ? { of: c.minorOf, factor: c.factor ?? 1 } : null;
}

/**
 * Picks the currency an ambiguous sign means in this article: the candidate whose country cues
 * occur most often (ties go to the fallback, then to the first listed); the fallback when no
 * cue occurs; else the ambiguous unit as written (`rupee`).
 */
export function resolveCurrency(ref: CurrencyRef, cueCount: (cue: string) => number): string {
  if ('code' in ref) return ref.code;
  const amb = ref.ambiguous;
  let best: string | null = null;
  let bestHits = 0;
  for (const c of amb.candidates) {
    let hits = 0;
    for (const cue of c.cues) hits += cueCount(cue);
    if (hits > bestHits || (hits === bestHits && hits > 0 && c.code === amb.fallback)) {
      best = c.code;
      bestHits = hits;
    }
  }
  if (best && (amb.fallback === null || best === amb.fallback || bestHits >= 2)) return best;
  return amb.fallback ?? amb.unit ?? amb.surface[0];
}

/** A cue counter over one text: whole-word, case-sensitive occurrences, memoised. */
export function cueCounter(text: string): (cue: string) => number {
  const memo = new Map<string, number>();
  return (cue) => {
    let n = memo.get(cue);
    if (n !== undefined) return n;
    n = 0;
    let at = text.indexOf(cue);
    while (at >= 0) {
      const before = at === 0 ? '' : text[at - 1];
      const after = text[at + cue.length] ?? '';
      if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) n++;
      at = text.indexOf(cue, at + cue.length);
    }
    memo.set(cue, n);
    return n;
  };
}
