import type { Parser } from 'chrono-node/en';
import { loadJsonData } from '../../data-files.js';
import { regexParser } from './regex-parser.js';

/** Holiday names → rules for their day in a year (data/dates/holidays.json). */
const HOLIDAYS = loadJsonData<{ rules: Record<string, string> }>('dates/holidays.json').rules;

const NAMES = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/'/g, "['’]").replace(/\s+/g, '\\s+'))
  .join('|');

/** Each name's longest word: every match contains one (the cue). */
const NAME_WORDS = [...new Set(Object.keys(HOLIDAYS).map((n) => n.split(/[^a-z]+/).sort((a, b) => b.length - a.length)[0]))].join('|');

/** "Thanksgiving Day", "last Christmas", "New Year's Eve" (capitalized: "christmas shopping" season talk stays out). */
const holiday = regexParser(`(?:(last|next|this)\\s+)?(${NAMES})`, NAME_WORDS, ({ m }) => {
  const name = m[2];
  if (name[0] !== name[0].toUpperCase()) return null;
  const key = name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  const dir = m[1] ? (/last/i.test(m[1]) ? -1 : /next/i.test(m[1]) ? 1 : 0) : undefined;
  return { k: 'cal', holiday: HOLIDAYS[key], ...(dir !== undefined ? { dir } : {}) };
});

export const holidayParsers: Parser[] = [holiday];
