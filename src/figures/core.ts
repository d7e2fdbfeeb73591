import { glued, type Tok } from './lexer.js';
import { parseDigits, VULGAR } from './digits.js';
import { parseWords, ONES, TENS, SCALES } from './words.js';
import { lookupTable } from '../text/lookup-table.js';

/** The number itself: digits or words, a sign, a fraction, before any scale, unit or currency. */
export interface Core {
  /** First token (the minus sign when there is one). */
  start: number;
  /** One past the last token. */
  end: number;
  value: number;
  spelled: boolean;
  integer: boolean;
  grouped: boolean;
  intDigits: number;
  fraction: boolean;
  /** A scale word was part of a spelled number ("two million"). */
  scaled: boolean;
  /** "fivefold", "twice": a multiplier written as one word. */
  multiplier: boolean;
}

const SMALL_DENOMS = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100]);
const MULT_WORD = /^(\p{L}+?)-?fold$/u;

function digitCore(toks: Tok[], i: number): Core | null {
  const t = toks[i];
  const d = parseDigits(t.t);
  if (!d) return null;
  let end = i + 1;
  let value = d.value;
  let fraction = false;
  // 2½ · 2 ½
  const f = toks[end];
  if (f?.k === 'frac' && d.integer) {
    value += VULGAR[f.t];
    fraction = true;
    end++;
  }
  // 3/4 · 2 1/2 · 10 1/2
  const slash = toks[end];
  const den = toks[end + 1];
  if (!fraction && slash?.t === '/' && glued(t, slash) && den?.k === 'num' && glued(slash, den) && d.integer) {
    const dv = parseDigits(den.t);
    if (!dv || !dv.integer || !SMALL_DENOMS.has(dv.value) || d.value >= dv.value || toks[end + 2]?.t === '/') return null;
    value = d.value / dv.value;
    fraction = true;
    end += 2;
  } else if (!fraction && slash?.k === 'num' && !glued(t, slash) && d.integer && d.intDigits <= 3) {
    const s2 = toks[end + 1];
    const d2 = toks[end + 2];
    if (s2?.t === '/' && glued(slash, s2) && d2?.k === 'num' && glued(s2, d2)) {
      const a = parseDigits(slash.t);
      const b = parseDigits(d2.t);
      if (a && b && SMALL_DENOMS.has(b.value) && a.value < b.value) {
        value += a.value / b.value;
        fraction = true;
        end += 3;
      }
    }
  }
  // "12 and a half", "3 and a quarter"
  if (!fraction && d.integer && toks[end]?.l === 'and' && toks[end + 1]?.l === 'a' && /^(?:half|quarter)$/.test(toks[end + 2]?.l ?? '')) {
    value += toks[end + 2].l === 'half' ? 0.5 : 0.25;
    return { start: i, end: end + 3, value, spelled: false, integer: false, grouped: d.grouped, intDigits: d.intDigits, fraction: true, scaled: false, multiplier: false };
  }
  // scientific notation written out: "3 x 10^8", "6.02×10^23", "1.6 * 10^-19"
  const times = toks[end];
  if (!fraction && times && /^(?:x|×|\*)$/.test(times.l) && toks[end + 1]?.t === '10' && toks[end + 2]?.t === '^') {
    const neg = toks[end + 3]?.t === '-' || toks[end + 3]?.t === '−' ? 1 : 0;
    const ex = toks[end + 3 + neg];
    if (ex?.k === 'num' && /^\d{1,3}$/.test(ex.t) && glued(toks[end + 2], toks[end + 3])) {
      value *= 10 ** ((neg ? -1 : 1) * Number(ex.t));
      return { start: i, end: end + 4 + neg, value, spelled: false, integer: Number.isInteger(value), grouped: false, intDigits: d.intDigits, fraction: false, scaled: true, multiplier: false };
    }
  }
  return { start: i, end, value, spelled: false, integer: d.integer && !fraction, grouped: d.grouped, intDigits: d.intDigits, fraction, scaled: false, multiplier: false };
}

/**
 * Words that may open a number in parseCore / parseWords: the keys of ONES and TENS, the
 * multipliers and the openers of spelled fractions and scales.
 */
const OPENING_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(ONES),
  ...Object.keys(TENS),
  ...['twice', 'thrice', 'half', 'quarter', 'a', 'an', 'one'],
]);

/**
 * Whether parseCore can return a number at a word token: only a number word, a multiplier
 * ("fivefold", "twice") or an opener of a spelled fraction or scale ("half", "a", "one") can.
 * A fast pre-check for the scan, which meets every word of a sentence.
 */
export function mayOpenSpelledNumber(lower: string): boolean {
  return OPENING_WORDS.has(lower) || lower.endsWith('fold');
}

/** Parses the number at token i (a minus sign, digits, a vulgar fraction or words), or null. */
export function parseCore(toks: Tok[], i: number): Core | null {
  const t = toks[i];
  if (!t) return null;
  let core: Core | null = null;
  if (t.k === 'num') core = digitCore(toks, i);
  else if (t.k === 'frac') {
    core = { start: i, end: i + 1, value: VULGAR[t.t], spelled: false, integer: false, grouped: false, intDigits: 1, fraction: true, scaled: false, multiplier: false };
  } else if (t.k === 'word') {
    const m = t.l.endsWith('fold') ? MULT_WORD.exec(t.l) : null;
    if (m && (m[1] in ONES || m[1] in TENS || m[1] in SCALES)) {
      const v = ONES[m[1]] ?? TENS[m[1]] ?? SCALES[m[1]];
      return { start: i, end: i + 1, value: v, spelled: true, integer: true, grouped: false, intDigits: 0, fraction: false, scaled: false, multiplier: true };
    }
    if (t.l === 'twice' || t.l === 'thrice') {
      return { start: i, end: i + 1, value: t.l === 'twice' ? 2 : 3, spelled: true, integer: true, grouped: false, intDigits: 0, fraction: false, scaled: false, multiplier: true };
    }
    // "half a mile", "half an hour": a half of one unit (kept only when a unit follows; see guards)
    if (t.l === 'half' && /^(?:a|an)$/.test(toks[i + 1]?.l ?? '') && !(toks[i - 1]?.l === 'a' || toks[i - 1]?.l === 'and')) {
      const w0 = parseWords(toks, i);
      if (!w0) return { start: i, end: i + 1, value: 0.5, spelled: true, integer: false, grouped: false, intDigits: 0, fraction: true, scaled: false, multiplier: false };
    }
    const w = parseWords(toks, i);
    if (w) core = { start: i, end: w.end, value: w.value, spelled: true, integer: Number.isInteger(w.value), grouped: false, intDigits: 0, fraction: w.fraction, scaled: w.scaled, multiplier: false };
  }
  if (!core) return null;
  // a sign: "-15", "−4", "minus 4", "negative one"
  const p = toks[i - 1];
  if (p && (p.t === '-' || p.t === '−') && glued(p, t) && !core.spelled) {
    const pp = toks[i - 2];
    const dash = pp && (pp.k === 'num' || pp.k === 'frac' || ((pp.k === 'word' || pp.t === '%') && glued(pp, p)));
    if (!dash) {
      core.value = -core.value;
      core.start = i - 1;
    }
  } else if (p && (p.l === 'minus' || p.l === 'negative')) {
    core.value = -core.value;
    core.start = i - 1;
  }
  return core;
}

/** Scale abbreviations after a number; `money` ones only count next to a currency. */
const SCALE_ABBR: Record<string, { v: number; money?: boolean; glue?: boolean }> = lookupTable({
  k: { v: 1e3 }, K: { v: 1e3, glue: true }, thousand: { v: 1e3 }, hundred: { v: 1e2 },
  m: { v: 1e6, money: true }, M: { v: 1e6, glue: true }, mn: { v: 1e6 }, mln: { v: 1e6 }, mil: { v: 1e6 }, MM: { v: 1e6, money: true },
  mm: { v: 1e6, money: true }, million: { v: 1e6 }, millions: { v: 1e6 },
  b: { v: 1e9, money: true, glue: true }, B: { v: 1e9, money: true, glue: true }, bn: { v: 1e9 }, bln: { v: 1e9 }, billion: { v: 1e9 }, billions: { v: 1e9 },
  tn: { v: 1e12 }, tln: { v: 1e12 }, trn: { v: 1e12 }, tr: { v: 1e12, money: true }, T: { v: 1e12, money: true, glue: true }, trillion: { v: 1e12 },
  dozen: { v: 12 }, dozens: { v: 12 },
  lakh: { v: 1e5 }, lakhs: { v: 1e5 }, lac: { v: 1e5 }, lacs: { v: 1e5 }, crore: { v: 1e7 }, crores: { v: 1e7 }, cr: { v: 1e7 },
});

/** Multiplies by the scale words after a number ("1.5 million", "5.2bn", "3 lakh crore", "£300m"). */
export function parseScale(toks: Tok[], j: number, money: boolean): { mult: number; end: number } {
  let mult = 1;
  let end = j;
  for (let n = 0; n < 3; n++) {
    const t = toks[end];
    if (!t || t.k !== 'word') break;
    const key = t.t in SCALE_ABBR ? t.t : t.l in SCALE_ABBR && t.l.length > 2 ? t.l : null;
    if (!key) break;
    const sc = SCALE_ABBR[key];
    const isGlued = glued(toks[end - 1], t);
    // "3.5m iPhones", "2m people": a glued m before a plural noun is a million, not metres
    const plural = key === 'm' && isGlued && toks[end + 1]?.k === 'word' && /[^s]s$/.test(toks[end + 1].l);
    if (sc.money && !money && !(key === 'M' && isGlued) && !plural) break;
    if (sc.glue && !isGlued) break;
    mult *= sc.v;
    end++;
  }
  return { mult, end };
}
