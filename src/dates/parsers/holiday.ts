import type { Parser } from 'chrono-node/en';
import { regexParser } from './regex-parser.js';

/**
 * Holidays with a rule for their day in a given year: fixed days and the common movable ones.
 * The year comes from the resolver like any year-less date ("last Thanksgiving" looks back).
 */
export const HOLIDAYS: Record<string, string> = {
  "new year's day": 'fixed:1:1',
  "new year's eve": 'fixed:12:31',
  'christmas day': 'fixed:12:25',
  christmas: 'fixed:12:25',
  'christmas eve': 'fixed:12:24',
  'boxing day': 'fixed:12:26',
  "valentine's day": 'fixed:2:14',
  halloween: 'fixed:10:31',
  "international women's day": 'fixed:3:8',
  'thanksgiving day': 'nth:11:4:4',
  thanksgiving: 'nth:11:4:4',
  'labor day': 'nth:9:1:1',
  'memorial day': 'last:5:1',
  'election day': 'election',
  easter: 'easter:0',
  'easter sunday': 'easter:0',
  'good friday': 'easter:-2',
  'easter monday': 'easter:1',
};

const NAMES = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/'/g, "['’]").replace(/\s+/g, '\\s+'))
  .join('|');

/** "Thanksgiving Day", "last Christmas", "New Year's Eve" (capitalized: "christmas shopping" season talk stays out). */
const holiday = regexParser(`(?:(last|next|this)\\s+)?(${NAMES})`, ({ m }) => {
  const name = m[2];
  if (name[0] !== name[0].toUpperCase()) return null;
  const key = name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  const dir = m[1] ? (/last/i.test(m[1]) ? -1 : /next/i.test(m[1]) ? 1 : 0) : undefined;
  return { k: 'cal', holiday: HOLIDAYS[key], ...(dir !== undefined ? { dir } : {}) };
});

export const holidayParsers: Parser[] = [holiday];
