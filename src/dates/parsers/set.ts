import type { Parser } from 'chrono-node/en';
import { MONTH_PATTERN, NUMBER_PATTERN, WEEKDAYS, WEEKDAY_PATTERN, monthNumber, numberValue, unitName } from '../words.js';
import { durationValue } from '../timex.js';
import { regexParser, wordBefore } from './regex-parser.js';
import { lookupTable } from '../../text/lookup-table.js';

const ADVERBS: Record<string, string> = lookupTable({
  hourly: 'hour', daily: 'day', nightly: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter',
  yearly: 'year', annually: 'year', annual: 'year', biannual: 'year', biennial: 'year',
});
const SET_UNITS = '(second|minute|hour|day|night|week|month|quarter|year|decade)';

/** "daily", "weekly", "annual", "annually". */
/** A newspaper, not a frequency: "the Communist Party daily Granma", "a business weekly". */
const PAPER_BEFORE = /\b(?:the|a|party|business|national|local|evening|morning|leading|financial|official|state-run|news|sunday)\s+$/i;

const adverb = regexParser(`hourly|daily|nightly|weekly|monthly|yearly|annually`, { words: 'hourly|daily|nightly|weekly|monthly|yearly|annually', reach: 0 }, ({ m, text, index }) => {
  const word = m[0].toLowerCase();
  const basis = /^\s+basis\b/i.test(text.slice(index + m[0].length, index + m[0].length + 8));
  if (word !== 'annually' && !basis && (PAPER_BEFORE.test(text.slice(Math.max(0, index - 12), index)) || /^\s+\p{Lu}/u.test(text.slice(index + m[0].length, index + m[0].length + 3)))) {
    return null;
  }
  // An adjective before its noun ("daily volume", "the second monthly fall", "weekly magazine"):
  // TimeBank leaves it unmarked (4:1); the adverb ("meets weekly", "rallies almost daily") and
  // "on a daily basis" are frequencies.
  if (word !== 'annually' && /^\s+(?!basis\b|and\b|or\b|to\b|for\b|in\b|on\b|at\b|from\b|since\b|until\b|by\b|with\b|through\b|during\b|after\b|before\b|as\b|than\b|is\b|are\b|was\b|were\b|but\b|outside\b|inside\b|across\b|around\b|near\b|over\b|under\b|into\b|here\b|there\b|now\b|again\b|if\b|when\b|while\b)\p{Ll}/u.test(text.slice(index + m[0].length, index + m[0].length + 12))) return null;
  const n = word === 'biennial' ? 2 : 1;
  return { k: 'fixed', type: 'SET', value: durationValue(n, ADVERBS[word]) };
});

/** "every day", "each year", "every two weeks", "every other month". */
const every = regexParser(`(?:every|each)\\s+(?:(other)\\s+|(${NUMBER_PATTERN})\\s+)?${SET_UNITS}s?`, { words: 'every|each', reach: 0 }, ({ m }) => {
  const n = m[1] ? 2 : m[2] ? numberValue(m[2]) : 1;
  if (n === null) return null;
  return { k: 'fixed', type: 'SET', value: durationValue(n, unitName(m[3])) };
});

/** "every Monday", "each Thursday", "on Mondays", "Tuesday nights". */
const PARTS: Record<string, string> = lookupTable({ night: 'NI', morning: 'MO', afternoon: 'AF', evening: 'EV' });
const everyWeekday = regexParser(
  `(?:every|each)\\s+(${WEEKDAY_PATTERN})(?:\\s+(night|morning|afternoon|evening)s?)?|(${WEEKDAY_PATTERN})s(?:\\s+(night|morning|afternoon|evening)s?)?|(${WEEKDAY_PATTERN})\\s+(night|morning|afternoon|evening)s`,
  { words: Object.keys(WEEKDAYS).join('|'), reach: 1 },
  ({ m }) => {
    const day = WEEKDAYS[(m[1] ?? m[3] ?? m[5]).toLowerCase()];
    const partWord = m[2] ?? m[4] ?? m[6];
    const part = partWord ? PARTS[partWord.toLowerCase()] : '';
    return { k: 'fixed', type: 'SET', value: `XXXX-WXX-${day === 0 ? 7 : day}${part ? `T${part}` : ''}` };
  },
);

/** "twice a year", "three times a week", "once a month", "per year" (not after a price: "$5 a month" stays a figure). */
const frequency = regexParser(`(?:once|twice|(?:${NUMBER_PATTERN})\\s+times)\\s+(?:a|an|per|each|every)\\s+${SET_UNITS}`, { words: 'once|twice|times', reach: 3 }, ({ m, text, index }) => {
  const unit = unitName(m[1]);
  return { k: 'fixed', type: 'SET', value: durationValue(1, unit) };
});

/** "each July", "every March". */
const everyMonth = regexParser(`(?:every|each)\\s+(${MONTH_PATTERN})`, { words: 'every|each', reach: 0 }, ({ m }) => ({
  k: 'fixed',
  type: 'SET',
  value: `XXXX-${String(monthNumber(m[1])).padStart(2, '0')}`,
}));

export const setParsers: Parser[] = [adverb, every, everyWeekday, frequency, everyMonth];
