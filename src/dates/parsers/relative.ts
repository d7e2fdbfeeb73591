import type { Parser } from 'chrono-node/en';
import { MONTH_PATTERN, NUMBER_PATTERN, SEASONS, SEASON_PATTERN, WEEKDAYS, WEEKDAY_PATTERN, monthNumber, numberValue, unitName } from '../words.js';
import type { RelUnit, Spec } from '../spec.js';
import { regexParser } from './regex-parser.js';
import { lookupTable } from '../../text/lookup-table.js';

const REL_UNIT: Record<string, RelUnit> = lookupTable({ day: 'D', week: 'W', weekend: 'WE', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE' });
const EDGE = '(?:(?:earlier|later|early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+rest\\s+of|the\\s+remainder\\s+of|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of)[\\s-]+)?';

function direction(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:last|past|previous|the past|the last|the previous|this past)$/.test(w)) return -1;
  if (/^(?:next|coming|the coming|the next|following|the following|upcoming)$/.test(w)) return 1;
  return 0;
}

/** "last week", "this month", "next year", "the past year", "earlier this month", "early next year", "this past weekend". */
const unitRelative = regexParser(
  `${EDGE}(this\\s+past|the\\s+past|the\\s+last|the\\s+previous|the\\s+coming|the\\s+next|the\\s+following|last|past|previous|next|coming|this|current|the\\s+current|upcoming)\\s+(week|weekend|month|quarter|year|decade)`,
  // Before the unit: "the second half of" and its dashes (4 separator runs), "this past " (2).
  { words: 'week|month|quarter|year|decade', reach: 6 },
  ({ m }) => {
    if (/^\p{Lu}/u.test(m[2])) return null; // "This Week" (a programme), not this week
    const unit = REL_UNIT[m[2].toLowerCase()];
    const dir = direction(m[1]);
    // "the following year", "the previous month": next to the date the story last gave.
    if (/^the\s+(?:following|previous)$/i.test(m[1].replace(/\s+/g, ' ')) && unit !== 'DE' && unit !== 'WE') return { k: 'rel', unit, offset: dir, anchored: true };
    // "over the past decade" is a stretch of ten years, not the 2010s.
    if (unit === 'DE' && dir !== 0) return { k: 'fixed', type: 'DURATION', value: 'P10Y' };
    return { k: 'rel', unit, offset: dir };
  },
);

/** "a year ago", "two days ago", "six weeks earlier", "three months from now", "a decade ago". */
const ago = regexParser(
  `(?:(?:about|nearly|almost|more\\s+than|some|roughly|around|just|only|barely|over|less\\s+than)\\s+)?(${NUMBER_PATTERN}|several|a\\s+few|few|many)\\s+(day|week|fortnight|month|quarter|year|decade)s?\\s+(ago|earlier|from\\s+now|hence|back)`,
  // Before "now" of "from now": "more than a couple of days from ", 7 separator runs.
  { words: 'ago|earlier|now|hence|back', reach: 7 },
  ({ m }) => {
    const n = numberValue(m[1]);
    const unit = unitName(m[2]);
    if (n === null) return { k: 'fixed', type: 'DATE', value: /ago|earlier|back/i.test(m[3]) ? 'PAST_REF' : 'FUTURE_REF' };
    const sign = /ago|earlier|back/i.test(m[3]) ? -1 : 1;
    if (unit === 'decade') return { k: 'rel', unit: 'Y', offset: sign * n * 10 };
    if (unit === 'fortnight') return { k: 'rel', unit: 'W', offset: sign * n * 2 };
    return { k: 'rel', unit: REL_UNIT[unit], offset: Math.round(sign * n) };
  },
);

/** "last Friday", "next Tuesday", "this Monday" (an explicit direction). */
const weekday = regexParser(`(last|next|this|coming|this\\s+past|this\\s+coming|past)\\s+(${WEEKDAY_PATTERN})`, { words: Object.keys(WEEKDAYS).join('|'), reach: 2 }, ({ m }) => ({
  k: 'cal',
  weekday: WEEKDAYS[m[2].toLowerCase()],
  dir: direction(m[1].replace(/^this\s+/i, '')),
}));

/** "last fall", "this summer", "next spring", "summer 1997", "the winter of 2024", "over the summer". */
const season = regexParser(
  `(?:(last|this|next|past|coming|this\\s+past)\\s+(${SEASON_PATTERN})|(?:the\\s+)?(${SEASON_PATTERN})\\s+(?:of\\s+)?((?:1[6-9]|20)\\d\\d)|the\\s+(?:(?:early|late)\\s+)?(${SEASON_PATTERN})(?!\\s+(?:of|season|collection|term|session|olympics|games|palace|solstice)\\b))`,
  { words: Object.keys(SEASONS).join('|'), reach: 2 }, // "this past ", "the early "
  ({ m }) => {
    if (m[4]) return { k: 'cal', season: SEASONS[m[3].toLowerCase()], year: Number(m[4]) };
    if (m[5]) return { k: 'cal', season: SEASONS[m[5].toLowerCase()] };
    return { k: 'cal', season: SEASONS[m[2].toLowerCase()], dir: direction(m[1].replace(/^this\s+/i, '')) };
  },
);

/** "early September", "mid-November", "late March 1998", "June last year", "last April", "last Oct. 23". */
const monthEdge = regexParser(
  `(?:(early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)[\\s-]+|(last|next|this|this\\s+past|this\\s+coming|past|coming)\\s+)?(${MONTH_PATTERN})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d))?(?:\\s+(?:of\\s+)?(last|this|next)\\s+year|,?\\s+((?:1[6-9]|20)\\d\\d))?`,
  // Before the month: "the beginning of" and its dashes, 3 separator runs.
  { words: 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec', reach: 3 },
  ({ m }) => {
    if (!m[1] && !m[2] && !m[5]) return null;
    const day = m[4] ? Number(m[4]) : undefined;
    if (day !== undefined && (day < 1 || day > 31)) return null;
    const month = monthNumber(m[3]);
    if (!month) return null;
    // A lower-case month name is a word ("this march", "may").
    if (m[3] === m[3].toLowerCase()) return null;
    const spec: Spec = { k: 'cal', month, ...(day ? { day } : {}) };
    if (m[6]) spec.year = Number(m[6]);
    else if (m[5]) spec.yearOffset = direction(m[5]);
    else if (m[2]) spec.dir = direction(m[2].replace(/^this\s+/i, ''));
    return spec;
  },
);

/** "the weekend" (the one the tense points to), "the day before yesterday". */
const misc = regexParser(`the\\s+(?:weekend|day\\s+before\\s+yesterday|day\\s+after\\s+tomorrow)`, { words: 'weekend|yesterday|tomorrow', reach: 3 }, ({ m }) => {
  const s = m[0].toLowerCase();
  if (s.endsWith('yesterday')) return { k: 'rel', unit: 'D', offset: -2 };
  if (s.endsWith('tomorrow')) return { k: 'rel', unit: 'D', offset: 2 };
  return { k: 'cal', weekday: 6, part: 'WE' };
});

/**
 * Anchored to the date the story last gave: "that day", "later that year", "the same month",
 * "the next day", "the following morning" ("the next week/year" stay relative to publication).
 */
const anchored = regexParser(
  `(?:(?:earlier|later)\\s+)?(?:that(?:\\s+same)?|the\\s+same)\\s+(day|week|month|year|morning|afternoon|evening|night)|the\\s+(?:next|following|previous)\\s+(day|morning|afternoon|evening|night)`,
  { words: 'that|same|next|following|previous', reach: 2 }, // "later the same"
  ({ m }) => {
    const word = (m[1] ?? m[2]).toLowerCase();
    const offset = m[2] ? (/previous/i.test(m[0]) ? -1 : 1) : 0;
    // "the next morning": the day, as weekday parts are ("Friday morning", measured on TBAQ).
    return { k: 'rel', unit: PARTS_OF_DAY.has(word) ? 'D' : REL_UNIT[word], offset, anchored: true };
  },
);
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

export const relativeParsers: Parser[] = [unitRelative, ago, weekday, season, monthEdge, misc, anchored];

/** "the end of the month", "year-end", "by year's end", "the rest of the year". */
const periodEdge = regexParser(
  `(?:the\\s+)?(?:end|beginning|start|middle|rest|remainder|close|turn)\\s+of\\s+the\\s+(week|month|year|quarter|decade|century)|(?:the\\s+)?(year|month|quarter)[-\\s]end|(?:the\\s+)?(year|month)'s\\s+end`,
  { words: 'week|month|year|quarter|decade|century', reach: 4 }, // "the end of the "
  ({ m }) => {
    const unit = (m[1] ?? m[2] ?? m[3]).toLowerCase();
    if (unit === 'century') return { k: 'rel', unit: 'Y', offset: 0 };
    return { k: 'rel', unit: REL_UNIT[unit], offset: 0 };
  },
);

/** "the year", "the full year", "the current fiscal year" in reporting: the reference year; "the year ended …" is a span of one year. */
const theYear = regexParser(`the\\s+(?:full|current|whole|entire|calendar|fiscal|current\\s+fiscal)\\s+year|the\\s+year(?=\\s+(?:ended|ending|to|through)\\b|[\\s,.;:]*$|[,.;:])`, { words: 'year', reach: 3 }, ({ m, text, index }) => {
  const after = text.slice(index + m[0].length, index + m[0].length + 12);
  if (/^\s+(?:ended|ending|to|through)\b/i.test(after)) return { k: 'fixed', type: 'DURATION', value: 'P1Y' };
  return { k: 'rel', unit: 'Y', offset: 0 };
});

/** "year-earlier", "year-ago" as adjectives ("year-earlier profit"): the year before (a quarter in earnings news). */
const yearAgoAdj = regexParser(`year-(?:earlier|ago)`, { words: 'year-', reach: 0 }, () => ({ k: 'rel', unit: 'Y', offset: -1 }));

relativeParsers.push(periodEdge, theYear, yearAgoAdj);
