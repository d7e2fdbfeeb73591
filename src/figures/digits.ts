import { lookupTable } from '../text/lookup-table.js';
/** Parses a digit string as news writes it: 2,001 · 12.797 · 1,234.5 · 12,34,567 · 1.234.567 · 40 000 · 1.3e6. */
export interface DigitValue {
  value: number;
  /** No decimal part written. */
  integer: boolean;
  /** Thousands separators were used (a year or an id never has them). */
  grouped: boolean;
  /** Number of digits before any decimal point. */
  intDigits: number;
}

const WESTERN = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const INDIAN = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;
const EURO = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const SPACED = /^\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?:\.\d+)?$/;
const SCI = /^\d+(?:\.\d+)?[eE][+-]?\d+$/;

/** Returns null for strings that are not one number (versions, IP addresses, dotted dates). */
export function parseDigits(raw: string): DigitValue | null {
  if (SCI.test(raw)) return { value: Number(raw), integer: false, grouped: false, intDigits: raw.split(/[.eE]/)[0].length };
  if (SPACED.test(raw)) {
    const plain = raw.replace(/[\u00a0\u202f\u2009 ]/g, '');
    return mk(plain, true);
  }
  const commas = raw.includes(',');
  const dots = (raw.match(/\./g) ?? []).length;
  if (commas && (WESTERN.test(raw) || INDIAN.test(raw))) return mk(raw.replace(/,/g, ''), true);
  if (dots > 1 || (dots === 1 && commas)) {
    if (EURO.test(raw)) return mk(raw.replace(/\./g, '').replace(',', '.'), true);
    return null;
  }
  if (commas) {
    // "1,3" (decimal comma) — anything else with commas is a list, handled by the caller.
    if (/^\d+,\d{1,2}$/.test(raw)) return mk(raw.replace(',', '.'), false);
    return null;
  }
  return mk(raw, false);
}

function mk(plain: string, grouped: boolean): DigitValue {
  const dot = plain.indexOf('.');
  return {
    value: Number(plain.startsWith('.') ? `0${plain}` : plain),
    integer: dot < 0,
    grouped,
    intDigits: dot < 0 ? plain.length : dot,
  };
}

export const VULGAR: Record<string, number> = lookupTable({
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
});
