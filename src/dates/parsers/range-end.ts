import type { Parser } from 'chrono-node/en';
import { regexParser } from './regex-parser.js';

const MONTH_BEFORE = '(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';

/**
 * The second end of a month range, "between March and May", "April to May": chrono passes over a
 * bare "May" (the modal), but after another month and a range word it is the month.
 */
const mayAfterMonth = regexParser(`May(?<=\\b${MONTH_BEFORE}\\s*(?:and|or|to|through|until|till|-|–)\\s*May)(?![\\s,]*\\d)`, 'may', ({ m }) => (m[0] === 'May' ? { k: 'cal', month: 5 } : null));

export const rangeEndParsers: Parser[] = [mayAfterMonth];
