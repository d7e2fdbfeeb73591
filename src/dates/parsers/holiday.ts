import type { Parser } from 'chrono-node/en';
import { loadJsonData } from '../../data-files.js';
import { regexParser } from './regex-parser.js';

/** Holiday names → rules for their day in a year (data/dates/holidays.json). */
const HOLIDAYS = loadJsonData<{ rules: Record<string, string> }>('dates/holidays.json').rules;

const NAMES = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/'/g, "['’]").replace(/\s+/g, '\\s+'))
  .join('|');

/** Each name's longest word (every match holds one) and how many spaces come before it in the name. */
const NAME_CUES = Object.keys(HOLIDAYS).map((name) => {
  const words = name.split(' ').flatMap((token, gap) => token.split(/[^a-z]+/).map((word) => ({ word, gap })));
  return words.reduce((a, b) => (b.word.length > a.word.length ? b : a));
});
/** Before the cue word: "last " and the name's words before it. */
const HOLIDAY_CUE = { words: [...new Set(NAME_CUES.map((c) => c.word))].join('|'), reach: 1 + Math.max(...NAME_CUES.map((c) => c.gap)) };

/** "Thanksgiving Day", "last Christmas", "New Year's Eve" (capitalized: "christmas shopping" season talk stays out). */
const holiday = regexParser(`(?:(last|next|this)\\s+)?(${NAMES})`, HOLIDAY_CUE, ({ m }) => {
  const name = m[2];
  if (name[0] !== name[0].toUpperCase()) return null;
  const key = name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  const dir = m[1] ? (/last/i.test(m[1]) ? -1 : /next/i.test(m[1]) ? 1 : 0) : undefined;
  return { k: 'cal', holiday: HOLIDAYS[key], ...(dir !== undefined ? { dir } : {}) };
});

export const holidayParsers: Parser[] = [holiday];
