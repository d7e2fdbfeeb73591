import { glued, type Tok } from './lexer.js';
import type { Core } from './core.js';
import { LABELS, MONTHS, PHONE_CUES, STOP, WEEKDAYS } from './cues.js';

/** What else the figure has, besides its number: guards only apply to bare numbers. */
export interface Marks {
  unit: boolean;
  currency: boolean;
  scaled: boolean;
  /** A counted noun phrase follows ("2,001 suspects"). */
  noun: boolean;
  /** That noun names people ("one person"). */
  person: boolean;
}

/** Capitalised words that may stand before a count: hedges and sentence openers. */
const NOT_NAMES = new Set(['extra', 'additional', 'further', 'latest', 'approximately', 'roughly', 'estimated', 'just', 'only', 'another', 'total', 'overall', 'exactly', 'barely', 'fully', 'nearly', 'almost', 'some', 'around', 'about', 'over', 'under', 'more', 'less', 'fewer', 'least', 'most', 'those', 'these', 'all', 'and', 'but', 'police', 'officials', 'authorities', 'reportedly']);
const ORDINAL = /^(?:st|nd|rd|th|s)$/;
const TIME_AFTER = /^(?:noon|midnight|am|pm|a\.m|p\.m|hrs|hours?|gmt|utc|ist|pkt|pst|est|cet|bst|eat|wat|local)$/;

/** A bare 4-digit number that reads as a year (the dates stage owns it). */
export function yearLike(core: Core, toks: Tok[]): boolean {
  if (core.spelled || !core.integer || core.grouped || core.intDigits !== 4) return false;
  return core.value >= 1000 && core.value <= 2150 && toks[core.start].t.length === 4;
}

/**
 * Why the number at `core` is not a figure (a date part, an ordinal, a time, a model name, a
 * label, a phone number …), or null. Only bare numbers are guarded by context; a unit or a
 * currency makes any number a figure.
 */
export function guard(toks: Tok[], core: Core, end: number, marks: Marks, sentenceStart: boolean): string | null {
  const first = toks[core.start];
  const numTok = toks[core.start].k === 'num' ? toks[core.start] : toks[core.start + 1] ?? first;
  const before = toks[core.start - 1];
  const after = toks[core.end];
  const bare = !marks.unit && !marks.currency && !marks.scaled;
  // glued letters: "5th", "1990s", "3D", "4G", "A320", "MH370", "G20"
  if (after && after.k === 'word' && glued(toks[core.end - 1], after) && end === core.end) {
    return ORDINAL.test(after.l) ? 'ordinal' : 'glued-letters';
  }
  if (before && before.k === 'word' && glued(before, first) && !core.spelled && !marks.currency) return 'model';
  // "F-16", "COVID-19", "NA-120", "Su-30"
  if (before && (before.t === '-' || before.t === '–') && glued(before, first) && toks[core.start - 2]?.k === 'word' && glued(toks[core.start - 2], before)) return 'model';
  if (first.k === 'num' && /^0\d/.test(first.t)) return 'leading-zero';
  // times: 10:30, 3 pm
  if ((after?.t === ':' && glued(toks[core.end - 1], after) && toks[core.end + 1]?.k === 'num') || (before?.t === ':' && glued(before, first) && toks[core.start - 2]?.k === 'num')) return 'time';
  if (!marks.unit && !marks.currency && after && TIME_AFTER.test(after.l.replace(/\.$/, '')) && core.integer && core.value <= 24) return 'time';
  if (after?.t === '.' && (toks[core.end + 1]?.l === 'm' || toks[core.end + 1]?.l === 'm.')) return 'time';
  if (!bare) return null;
  // a row of bare numbers ("Price 72 76 74 69", "245 23"): a results table, not reported figures
  if ((before?.k === 'num' && !glued(before, first) && before.e + 1 === first.s) || (after?.k === 'num' && !glued(toks[core.end - 1], after) && toks[core.end - 1].e + 1 === after.s && !core.spelled)) return 'table';
  if (first.l === 'half' && core.end === core.start + 1) return 'half';
  if (yearLike(core, toks)) return 'year';
  // the tail of a dash chain the scanner did not read as a range: "4-3-3 formation", "1-1-2"
  if (before && (before.t === '-' || before.t === '–') && glued(before, first) && toks[core.start - 2]?.k === 'num' && glued(toks[core.start - 2], before)) return 'code';
  // "5 min read": a reading-time badge
  if (after && /^(?:min|mins|minute|minutes)$/.test(after.l) && toks[core.end + 1]?.l === 'read') return 'boilerplate';
  if (first.k === 'num' && /^'/.test(before?.t ?? '')) return 'year';
  // date parts: "May 4", "4 May", "December 7, 2025"
  if (core.integer && core.value >= 1 && core.value <= 31 && !core.spelled) {
    if (before && MONTHS.has(before.l)) return 'date';
    if (after && MONTHS.has(after.l)) return 'date';
    if (after?.l === 'of' && MONTHS.has(toks[core.end + 1]?.l ?? '')) return 'date';
    if (before && WEEKDAYS.has(before.l)) return 'date';
    // "September 3 and 4", "May 4-5"
    if (before && /^(?:and|to|-|–|&)$/.test(before.l) && toks[core.start - 2]?.k === 'num' && MONTHS.has(toks[core.start - 3]?.l ?? '')) return 'date';
  }
  // 12/05/2025, 9/11, 24/7
  if ((after?.t === '/' || after?.t === '.') && glued(toks[core.end - 1], after) && toks[core.end + 1]?.k === 'num' && glued(after, toks[core.end + 1])) return 'date';
  if ((before?.t === '/' || before?.t === '.') && glued(before, first) && toks[core.start - 2]?.k === 'num') return 'date';
  if (numTok.k === 'num' && core.integer && numTok.t.replace(/\D/g, '').length >= 7 && !core.grouped) return 'id';
  if (before && (before.t === '#' || before.t === '№')) return 'label';
  // "Section 7(1)(b)", "Rule 5(2)": a clause number in brackets
  if (before?.t === '(' && glued(toks[core.start - 2], before) && after?.t === ')') return 'label';
  if (before && LABELS.has(before.l.replace(/\.$/, '')) && core.integer) {
    // "No. 10", "Chapter 11", "page 45"; a lower-case "no" is a determiner ("no 5-star hotels")
    const weak = /^(?:no|number|p|part|order|line|order|case|issue|series|round)$/.test(before.l);
    if (!weak || /^\p{Lu}/u.test(before.t) || after?.t === '.' || toks[core.start - 1]?.t.endsWith('.')) return 'label';
  }
  if ((before?.t === '.' || before?.t === ':') && LABELS.has(toks[core.start - 2]?.l ?? '')) return 'label';
  for (let k = core.start - 1; k >= 0 && k >= core.start - 3; k--) if (PHONE_CUES.has(toks[k].l)) return 'phone';
  // list numbering: "1." or "2)" opening a line
  if (sentenceStart && core.start === 0 && (after?.t === '.' || after?.t === ')')) return 'list';
  // "Boeing 737", "English 101", "Windows 11", "iOS 18", "Highway 35": a name followed by a number
  if (before && before.k === 'word' && /\p{Lu}/u.test(before.t) && !STOP.has(before.l) && !NOT_NAMES.has(before.l) && core.integer && !core.grouped) {
    // mid-sentence, a name's number stands before a noun too ("Euro 96 striking partner", "the Super 8 stage")
    const inside = toks[core.start - 2]?.k === 'word' && !/^\p{Lu}/u.test(before.t.slice(1)) && core.value < 100 && !marks.person;
    if (!/ly$/.test(before.l) && (!marks.noun || core.value >= 100 || inside)) return 'name';
  }
  // "one of the", "the one who", "one day": a lone "one" is a figure only for people ("one person")
  if (core.spelled && core.integer && toks[core.start].l === 'one' && core.end === core.start + 1 && !marks.person) return 'one';
  return null;
}
