import type { Parser } from 'chrono-node/en';
import { NUMBER_PATTERN, UNIT_PATTERN, numberValue, unitName } from '../words.js';
import { regexParser, textAfter, wordBefore } from './regex-parser.js';
import { durationValue } from '../timex.js';

const LEAD = '(?:the\\s+|a\\s+|an\\s+)?(?:(?:past|last|next|previous|coming|first|final|latest|following|remaining|ensuing|preceding|initial|same|subsequent)\\s+)?';
const HEDGE = '(?:(?:no\\s+more\\s+than|no\\s+less\\s+than|not\\s+more\\s+than|about|nearly|almost|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|over|some|up\\s+to|roughly|around|approximately|just|only|barely|well\\s+over|under|another)\\s+)?';
const VAGUE = '(?:(?:just|only|the)\\s+)?(?:(?:past|last|next|coming|first|final)\\s+)?(?:several|a\\s+few|few|many|some|a\\s+number\\s+of|numerous|recent|coming|past|last|next)';

/** In every unit word of UNIT_PATTERN. */
const UNIT_CUE = 'second|minute|hour|day|night|week|month|quarter|year|decade|centur|millenni';

const A_UNIT_AFTER = new Set(
  'for in within about than nearly almost over after before just only some roughly around approximately least most up to under lasted last lasts took take takes spent spend past next first another than barely as'.split(' '),
);

/** "five years", "the past two months", "nearly forty years", "24 hours", "a year and a half", "1 1/2 years". */
const counted = regexParser(
  `${LEAD}${HEDGE}(?:(${NUMBER_PATTERN})\\s+(?:to|or|-|–)\\s+)?(${NUMBER_PATTERN})\\s+(?:more\\s+|full\\s+|straight\\s+|consecutive\\s+|long\\s+|additional\\s+|extra\\s+|further\\s+)?(${UNIT_PATTERN})(\\s+and\\s+a\\s+half)?`,
  // Before the unit: LEAD 2 separators, HEDGE 3, a range 4 ("a couple of to"), the number 2 + 1, a modifier 1.
  { words: UNIT_CUE, reach: 13 },
  ({ m, text, index }) => {
    // A range ("two to three weeks") is valued by its first number, as TimeML does.
    let n = numberValue(m[1] ?? m[2]);
    const unit = unitName(m[3]);
    const lower = m[0].toLowerCase();
    if (n === null) return null;
    const after = textAfter(text, index + m[0].length);
    // "a year ago", "two days later": a date, handled by the relative parser; "a day" in "twice a day" is a set.
    if (/^\s+(?:ago|earlier|from\s+now|hence|back)\b/i.test(after)) return null;
    if (/^\d{4}$/.test(m[2]) && n >= 1600 && n < 2100) return null;
    if (/^\s+old\b/i.test(after)) return null;
    // "a quarter of the market", "three quarters of": fractions; "60 Minutes": a title.
    if ((unit === 'quarter' || unit === 'half') && /^\s+of\b/i.test(after)) return null;
    if (/^\p{Lu}/u.test(m[3])) return null;
    // "a day"/"a year" is a duration after a durative word ("for a year", "within a week"); after a
    // quantity it is a rate ("$2 million a year", "24 hours a day"); "a second" is mostly the ordinal.
    if (/^(?:a|an)\s/i.test(lower)) {
      if (unit === 'second') return null;
      if (!A_UNIT_AFTER.has(wordBefore(text, index)) && !/^\s+(?:later|after|before)\b/i.test(after)) return null;
    }
    if (m[4]) n += 0.5;
    return { k: 'fixed', type: 'DURATION', value: durationValue(n, unit) };
  },
);

/** "five-year", "24-hour", "two-week" (adjectival durations). */
const adjectival = regexParser(`(${NUMBER_PATTERN})-(second|minute|hour|day|week|month|year|decade|century)`, { words: '-second|-minute|-hour|-day|-week|-month|-year|-decade|-century', reach: 2 }, ({ m }) => {
  const n = numberValue(m[1]);
  if (n === null || /^an?$/i.test(m[1])) return null;
  return { k: 'fixed', type: 'DURATION', value: durationValue(n, unitName(m[2])) };
});

/** "several years", "recent months", "the past few days", "for years". */
const vague = regexParser(`${VAGUE}\\s+(${UNIT_PATTERN.replace('s?', 's')})`, { words: UNIT_CUE, reach: 5 }, ({ m }) => {
  const unit = unitName(m[1]);
  if (/^recent\s+years$/i.test(m[0])) return { k: 'fixed', type: 'DATE', value: 'PAST_REF' };
  return { k: 'fixed', type: 'DURATION', value: durationValue(null, unit) };
});

/** Bare plural units governed by a durative preposition: "for years", "over decades", "within weeks". */
const bare = regexParser(`(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?:\\s+or\\s+(?:days|weeks|months|years))?`, { words: 'seconds|minutes|hours|days|weeks|months|years|decades|centuries', reach: 0 }, ({ m, text, index }) => {
  if (!/^(?:for|over|within|in|after|took|take|takes|lasted|last|spent|spend)$/.test(wordBefore(text, index))) return null;
  if (/^\s+(?:ago|of|old)\b/i.test(textAfter(text, index + m[0].length))) return null;
  return { k: 'fixed', type: 'DURATION', value: durationValue(null, unitName(m[0].split(/\s/)[0])) };
});

/** "half an hour", "a minute and a half". */
const half = regexParser(`half\\s+an?\\s+(hour|day|year|month|week|century|decade)`, { words: 'half', reach: 0 }, ({ m }) => ({
  k: 'fixed',
  type: 'DURATION',
  value: durationValue(0.5, unitName(m[1])),
}));

export const durationParsers: Parser[] = [counted, adjectival, vague, bare, half];
