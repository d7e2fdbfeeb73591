import type { ParsingResult } from 'chrono-node/en';
import { parseTemporal } from './news-chrono.js';
import { specOf, type Spec, type TimexType } from './spec.js';
import { specFromChrono } from './from-chrono.js';
import { anchorRef, resolveSpec, type ResolveContext } from './resolve.js';
import { tenseAround, type Tense } from './tense.js';
import { adjustExtent } from './extent.js';
import { borrowDays } from './clock-day.js';
import { readSlashDate } from './slash-date.js';

export interface FoundDate {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

interface Candidate {
  start: number;
  end: number;
  spec: Spec;
  ours: boolean;
}

/**
 * Words that introduce a temporal expression but are not part of its TimeML extent. TimeBank/AQUAINT
 * keep "at least" (2:1) and leave out "only", "just", "barely" (6:0).
 */
const LEADING = /^(?:(?:on|at(?!\s+(?:least|most)\b)|only|just|barely|merely|in|by|within|for|from|since|until|till|during|before|after|of|to|through|throughout|around|about|over|as\s+of|starting|beginning|between|and|or)\s+)+/i;

function candidate(r: ParsingResult, spec: Spec, ours: boolean, fullText: string): Candidate {
  let start = r.index;
  let text = r.text;
  const lead = LEADING.exec(text);
  if (lead && lead[0].length < text.length) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  const keepDot = /\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[ap]\.m)\.$/i.test(text);
  let trimmed = keepDot ? text : text.replace(/[\s,.;:]+$/, '');
  if (trimmed.endsWith(')') && !trimmed.includes('(')) trimmed = trimmed.slice(0, -1).trimEnd();
  return { ...adjustExtent(fullText, start, start + trimmed.length), spec, ours };
}

/** Keeps the longest of overlapping candidates (ours on a tie), in text order (n log n). */
function removeOverlaps(cands: Candidate[]): Candidate[] {
  const order = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.ours) - Number(a.ours) || a.start - b.start);
  const kept: Candidate[] = []; // sorted by start, never overlapping
  for (const c of order) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

/**
 * Earnings-report convention: "a year ago"/"a year earlier" in a sentence about a quarter means
 * the same quarter a year before the latest reported one.
 */
function inContext(spec: Spec, before: string, span: string): Spec {
  if (spec.k === 'rel' && spec.unit === 'Y' && spec.offset === -1 && /\b(?:ago|earlier)\b/i.test(span) && /\bquarter|\bquarterly\b/i.test(before)) {
    return { k: 'cal', lastQuarter: true, offset: -4 };
  }
  return spec;
}

/** How far left of a year-less month a verb still governs it ("was held in early March"). */
const NEAR_VERB_CHARS = 24;
/** How far right of a sentence-initial "In May," its verb may come ("In May, the minister resigned"). */
const FRONTED_VERB_CHARS = 48;

/**
 * The tense that decides a year-less month's year: "since March" looks back; the second end of
 * "from January to March" follows the first; a verb right before "in/on/during/from <month>"
 * decides; deadlines ("by", "until", "extended to Nov. 16") keep the nearest year (null).
 */
function governingTense(
  text: string,
  s: SentenceBounds,
  c: { start: number; end: number },
  previous: { end: number; nearTense: Tense } | null,
): Tense {
  const lead = text.slice(Math.max(0, c.start - 12), c.start);
  if (/\bsince\s+(?:early\s+|late\s+|mid-?)?$/i.test(lead)) return 'past';
  if (previous && /^\s*(?:to|and|until|till|through|-|–)\s*$/.test(text.slice(previous.end, c.start))) return previous.nearTense;
  // "the year ended March 31", "was terminated Sept. 27": a verb right before the date decides.
  // Regular past forms only: "set Nov. 10 as the deadline", "will be paid Dec. 14" are not past.
  const verbRight = /(\p{L}+ed)\s+$/u.exec(lead);
  if (verbRight) {
    const t = tenseAround(text, Math.max(s.start, c.start - verbRight[0].length - 20), c.start, c.start, c.end);
    if (t === 'past') return t;
  }
  // "will double its flights by August": a deadline follows its clause's future.
  if (/\b(?:by|until|till|before)\s+(?:early\s+|late\s+|mid-?)?$/i.test(lead) && tenseAround(text, s.start, s.end, c.start, c.end) === 'future') return 'future';
  if (/\b(?:in|on|during|from|between)\s+(?:early\s+|late\s+|mid-?)?$/i.test(lead)) {
    const left = tenseAround(text, Math.max(s.start, c.start - NEAR_VERB_CHARS), c.start, c.start, c.end);
    // "In May, the minister resigned": a fronted date is governed by the verb after it.
    const fronted = /^\W*\p{L}+\s+(?:early\s+|late\s+|mid-?)?$/u.test(text.slice(s.start, c.start));
    return left ?? (fronted ? tenseAround(text, c.end, Math.min(s.end, c.end + FRONTED_VERB_CHARS), c.start, c.end) : null);
  }
  return null;
}

/**
 * "from April through May 2024", "between March and June 2023": the first end of a month range
 * takes its year from the second (the year before when its month comes later).
 */
function shareRangeYear(text: string, cands: Candidate[]): void {
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i].spec;
    const b = cands[i + 1].spec;
    if (a.k !== 'cal' || b.k !== 'cal' || a.month === undefined || b.month === undefined) continue;
    if (a.year !== undefined || a.yearOffset !== undefined || b.year === undefined) continue;
    if (!/^\s*(?:and|to|through|until|till|-|–)\s*$/i.test(text.slice(cands[i].end, cands[i + 1].start))) continue;
    cands[i] = { ...cands[i], spec: { ...a, year: a.month <= b.month ? b.year : b.year - 1 } };
  }
}

export interface SentenceBounds {
  start: number;
  end: number;
}

function sentenceOf(sentences: SentenceBounds[], pos: number): SentenceBounds | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= pos) lo = mid + 1;
    else if (sentences[mid].start > pos) hi = mid - 1;
    else return sentences[mid];
  }
  return null;
}

/**
 * Every temporal expression of `text` with its TimeML extent and TIMEX3 value, resolved against
 * `reference` (YYYY-MM-DD or null) and the tense of its sentence. Sentences are sorted bounds.
 */
export function findDates(text: string, reference: string | null, sentences: SentenceBounds[]): FoundDate[] {
  const raw = parseTemporal(text, reference);
  const cands: Candidate[] = [];
  for (const r of raw.news) {
    const spec = specOf(r.tags());
    if (spec) cands.push(candidate(r, spec, true, text));
  }
  for (const r of raw.calendar) cands.push(candidate(r, specFromChrono(r), false, text));
  const out: FoundDate[] = [];
  const clockOnly: boolean[] = [];
  const context: ResolveContext = {};
  // The previous expression, so the second end of "from January to March" follows the first.
  let previous: { end: number; nearTense: Tense } | null = null;
  const kept = removeOverlaps(cands);
  shareRangeYear(text, kept);
  for (const c of kept) {
    if (c.end <= c.start) continue;
    const s = sentenceOf(sentences, c.start) ?? { start: Math.max(0, c.start - 200), end: Math.min(text.length, c.end + 200) };
    // "that day", "the same month" with no earlier date of that grain to point to: not resolvable.
    const span = text.slice(c.start, c.end);
    if (c.spec.k === 'rel' && c.spec.anchored && /\b(?:that|same)\b/i.test(span) && !anchorRef(context.anchor, c.spec.unit)) continue;
    const spec = readSlashDate(span, inContext(c.spec, text.slice(Math.max(0, c.start - 400), s.end), span), reference);
    const tense = spec.k === 'cal' ? tenseAround(text, s.start, s.end, c.start, c.end) : null;
    context.nearTense = spec.k === 'cal' && spec.month !== undefined ? governingTense(text, s, c, previous) : null;
    previous = { end: c.end, nearTense: context.nearTense };
    const { type, value } = resolveSpec(spec, reference, tense, context);
    if (type === 'DATE' && /^\d{4}(?:-\d\d){0,2}$/.test(value)) context.anchor = value;
    if (/^\d{4}-Q\d$/.test(value) && !(spec.k === 'cal' && spec.lastQuarter && spec.offset)) context.quarter = value;
    out.push({ start: c.start, end: c.end, text: span, type, value });
    clockOnly.push(spec.k === 'cal' && spec.hour !== undefined && spec.month === undefined && spec.day === undefined && spec.weekday === undefined && spec.year === undefined);
  }
  borrowDays(text, out, clockOnly);
  return out;
}
