import type { Tok } from './lexer.js';
import { lookupTable } from '../text/lookup-table.js';

/** Spelled-out numbers: "twenty-one", "three hundred and two", "one and a half", "half a million", "two-thirds". */
export const ONES: Record<string, number> = lookupTable({
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
export const TENS: Record<string, number> = lookupTable({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
/** Scale words; the abbreviations are only scales right after a number (see scale.ts). */
export const SCALES: Record<string, number> = lookupTable({
  hundred: 1e2, thousand: 1e3, lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, million: 1e6, crore: 1e7, crores: 1e7,
  billion: 1e9, trillion: 1e12,
});
/** Denominators of spelled fractions: "two thirds", "one-half", "three quarters". */
export const DENOMS: Record<string, number> = lookupTable({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
  hundredth: 100, hundredths: 100, thousandth: 1000, thousandths: 1000,
});
export const MULT_WORDS: Record<string, number> = lookupTable({ dozen: 12, dozens: 12 });

export interface WordNumber {
  value: number;
  /** Index one past the last token used. */
  end: number;
  fraction: boolean;
  /** A scale word (hundred, thousand, million …) was part of it. */
  scaled: boolean;
}

const isNumWord = (l: string) => l in ONES || l in TENS;
const hyphen = (t: Tok | undefined) => !!t && (t.t === '-' || t.t === '–');

/** Parses a spelled-out number starting at token i, or returns null. */
export function parseWords(toks: Tok[], i: number): WordNumber | null {
  const t0 = toks[i];
  if (!t0 || t0.k !== 'word') return null;
  const l0 = t0.l;
  // "half a million", "half a dozen"
  if (l0 === 'half' && toks[i + 1]?.l === 'a' && toks[i + 2] && (toks[i + 2].l in SCALES || toks[i + 2].l === 'dozen')) {
    const sc = SCALES[toks[i + 2].l] ?? 12;
    return { value: 0.5 * sc, end: i + 3, fraction: false, scaled: true };
  }
  if ((l0 === 'half' || l0 === 'quarter') && toks[i + 1] && toks[i + 1].l in SCALES && toks[i + 1].l !== 'hundred') {
    return { value: (l0 === 'half' ? 0.5 : 0.25) * SCALES[toks[i + 1].l], end: i + 2, fraction: false, scaled: true };
  }
  // "a third of", "a half", "a quarter of"
  if ((l0 === 'a' || l0 === 'one') && toks[i + 1]?.k === 'word' && toks[i + 1].l in DENOMS && !toks[i + 1].l.endsWith('s')) {
    const n = toks[i + 2];
    if (!n || n.k !== 'word' || n.l === 'of') return { value: 1 / DENOMS[toks[i + 1].l], end: i + 2, fraction: true, scaled: false };
  }
  // "a hundred", "a million", "a dozen"
  let j = i;
  let total = 0;
  let current = 0;
  let any = false;
  let scaled = false;
  let lastScale = Infinity;
  if ((l0 === 'a' || l0 === 'an') && toks[i + 1] && (toks[i + 1].l in SCALES || toks[i + 1].l === 'dozen')) {
    current = 1;
    any = true;
    j = i + 1;
  }
  let prev: 'ones' | 'tens' | 'hundred' | 'scale' | 'none' = any ? 'ones' : 'none';
  while (j < toks.length) {
    const t = toks[j];
    if (t.k !== 'word') {
      // twenty-one, fifty - two
      if (hyphen(t) && prev === 'tens' && toks[j + 1] && toks[j + 1].l in ONES && ONES[toks[j + 1].l] < 10) {
        j++;
        continue;
      }
      break;
    }
    const l = t.l;
    if (l in ONES || l in TENS) {
      const v = ONES[l] ?? TENS[l];
      if (prev === 'ones' || (prev === 'tens' && (l in TENS || v >= 10))) break;
      if (prev === 'tens' && current % 10 !== 0) break;
      current += v;
      prev = l in TENS ? 'tens' : 'ones';
      any = true;
      j++;
      continue;
    }
    if (l === 'hundred' && any && prev !== 'hundred') {
      current = (current || 1) * 100;
      prev = 'hundred';
      scaled = true;
      j++;
      continue;
    }
    if (l in SCALES && l !== 'hundred' && any) {
      const sc = SCALES[l];
      if (current === 0 && total > 0 && sc > lastScale) total *= sc; // "three lakh crore"
      else if (sc >= lastScale && current > 0 && total > 0) total = (total + current) * sc;
      else total += (current || 1) * sc;
      current = 0;
      lastScale = sc;
      prev = 'scale';
      scaled = true;
      j++;
      continue;
    }
    if (l === 'dozen' && any) {
      current = (current || 1) * 12;
      prev = 'scale';
      j++;
      continue;
    }
    if ((l === 'and' || l === '&') && any && (prev === 'hundred' || prev === 'scale')) {
      const n = toks[j + 1];
      if (n && n.k === 'word' && isNumWord(n.l)) {
        j++;
        continue;
      }
      if (n && n.l === 'a' && toks[j + 2] && (toks[j + 2].l === 'half' || toks[j + 2].l === 'quarter')) {
        current += toks[j + 2].l === 'half' ? 0.5 : 0.25;
        j += 3;
        break;
      }
      break;
    }
    if (l === 'and' && any && (prev === 'ones' || prev === 'tens') && toks[j + 1]?.l === 'a' && (toks[j + 2]?.l === 'half' || toks[j + 2]?.l === 'quarter')) {
      // "two and a half", "one and a half million"
      current += toks[j + 2].l === 'half' ? 0.5 : 0.25;
      j += 3;
      prev = 'ones';
      continue;
    }
    break;
  }
  if (!any) return null;
  let value = total + current;
  // "two hundred point zero three", "five point five"
  if (toks[j]?.l === 'point' && toks[j + 1] && (toks[j + 1].l in ONES || toks[j + 1].l in TENS)) {
    let digits = '';
    let k = j + 1;
    const t1 = toks[k];
    if (t1.l in TENS) {
      digits = String(TENS[t1.l] / 10);
      k++;
      if (hyphen(toks[k]) && toks[k + 1] && ONES[toks[k + 1].l] < 10) k++;
      digits += toks[k] && ONES[toks[k].l] < 10 && k > j + 1 ? String(ONES[toks[k++].l]) : '0';
    } else {
      while (toks[k] && toks[k].l in ONES && ONES[toks[k].l] < 10) digits += String(ONES[toks[k++].l]);
    }
    if (digits) return { value: Number(`${value}.${digits}`), end: k, fraction: false, scaled };
  }
  // fractions: "two thirds", "two-thirds", "one-half", "three quarters"
  let k = j;
  if (hyphen(toks[k]) && toks[k].s === toks[k - 1].e) k++;
  const d = toks[k];
  if (d && d.k === 'word' && d.l in DENOMS && value > 0 && value < 100 && !scaled) {
    const plural = d.l.endsWith('s') || d.l === 'halves';
    if (plural ? value > 1 : value === 1) {
      return { value: value / DENOMS[d.l], end: k + 1, fraction: true, scaled: false };
    }
  }
  // "a hundred" alone is fine; a lone "a" never reaches here
  return { value, end: j, fraction: false, scaled };
}
