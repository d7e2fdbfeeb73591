import type { Parser } from 'chrono-node/en';
import { regexParser, textAfter, wordBefore } from './regex-parser.js';
import { lookupTable } from '../../text/lookup-table.js';

const YEAR = '(?:1[6-9]|20)\\d\\d';
const EDGE = '(?:(?:early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)[\\s-]+)?';

/** Words after a four-digit number that make it a count or an identifier, not a year. */
const NOT_YEAR_PLURAL = /^\s*[a-z]+s\b(?<!\b(?:was|is|has|as|its|this|his|us|yes|thus|whereas|always|perhaps|besides)\b)/;
const NOT_YEAR_AFTER = /^\s*(?:%|percent|per\b|tons?\b|tonnes?\b|km\b|kg\b|mw\b|acres?\b|feet\b|meters?\b|metres?\b|people\b|men\b|women\b|children\b|[.,]\d|:\d|-?(?:hour|day|meter|metre|mile|foot|strong|member|page|seat|bed)\b)/i;
const NOT_YEAR_BEFORE =
  /(?:[$€£¥#]|\b(?:no|nos|number|route|flight|page|pages|pp|rs|pkr|usd|inr|eur|gbp|room|model|version|km|at|by|section|article|chapter|clause|paragraph|resolution|item|line|grade|level|unit|code|vol|volume|batch|sector|block|plot|house|street|road|ward|row|seat|gate|terminal|platform|bus|train|channel|pin|id|rank|ranked|top|over|nearly|about|some|around|approximately|almost|only|just|than)\.?)\s*$/i;

/** A bare year: "1998", "in 1996", "since 1990", "early 1998", "the end of 1997", "the year 2000". */
const bareYear = regexParser(`${EDGE}(?:the\\s+year\\s+)?(${YEAR})`, '16|17|18|19|20', ({ m, text, index }) => {
  const end = index + m[0].length;
  if (NOT_YEAR_AFTER.test(textAfter(text, end))) return null;
  const temporalPrep = /\b(?:in|since|until|till|during|before|after|from|through|throughout)\s+$/i.test(text.slice(Math.max(0, index - 12), index));
  if (!temporalPrep && NOT_YEAR_PLURAL.test(textAfter(text, end))) return null;
  if (/[\d,.]$/.test(text.slice(Math.max(0, index - 1), index))) return null;
  const yearStart = index + m[0].lastIndexOf(m[1]);
  if (m[0] === m[1] && NOT_YEAR_BEFORE.test(text.slice(Math.max(0, yearStart - 12), yearStart))) {
    if (!/\b(?:at|by)\s*$/i.test(text.slice(Math.max(0, yearStart - 4), yearStart))) return null;
    if (!/^\s*(?:[,.;)]|$|and\b|or\b)/i.test(textAfter(text, end))) return null;
  }
  return { k: 'fixed', type: 'DATE', value: m[1] };
});

/** Before the cue word: "the 2023 / 24 ", 4 separator runs (a slash is not a separator). */
const FISCAL_CUE = { words: 'fiscal|financial|fy', reach: 4 };

/** "fiscal 1998", "fiscal year 2024-25", "FY2024", "FY 2024-25", "financial year 2023/24". */
const fiscal = regexParser(`(?:(?:the\\s+)?(?:fiscal|financial)(?:\\s+year)?|FY)\\s*'?(${YEAR}|\\d\\d)(?:\\s*[-–/]\\s*(\\d{2,4}))?|(?:the\\s+)?(${YEAR})\\s*[-–/]\\s*(\\d{2,4})\\s+(?:fiscal|financial)(?:\\s+year)?`, FISCAL_CUE, ({ m }) => {
  if (m[3]) return { k: 'fixed', type: 'DATE', value: `FY${m[3]}` };
  let y = Number(m[1]);
  if (m[1].length === 2) y += y < 50 ? 2000 : 1900;
  if (m[2]) return { k: 'fixed', type: 'DATE', value: `FY${y}` };
  return { k: 'fixed', type: 'DATE', value: String(y) };
});

/** Decades: "the 1990s", "the late 1980s", "the '90s", "mid-1990s". */
const decade = regexParser(`(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?:((?:1[6-9]|20)\\d)0s|'(\\d)0s)`, '00s|10s|20s|30s|40s|50s|60s|70s|80s|90s', ({ m }) => {
  if (m[1]) return { k: 'fixed', type: 'DATE', value: m[1] };
  return { k: 'fixed', type: 'DATE', value: `19${m[2]}` };
});

/** Centuries: "the 20th century", "the nineteenth century". */
const ORD: Record<string, number> = lookupTable({ eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21 });
const century = regexParser(`(?:the\\s+)?(?:(\\d{2})(?:st|nd|rd|th)|(eighteenth|nineteenth|twentieth|twenty[-\\s]first))\\s+century`, 'century', ({ m }) => {
  const n = m[1] ? Number(m[1]) : ORD[m[2].toLowerCase()];
  return { k: 'fixed', type: 'DATE', value: String(n - 1).padStart(2, '0') };
});

export const yearParsers: Parser[] = [fiscal, decade, century, bareYear];

const TENS: Record<string, number> = lookupTable({ ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
const ONES: Record<string, number> = lookupTable({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 });

/** Spelled years of broadcast transcripts: "nineteen ninety-six", "the year two thousand", "the nineties". */
const spelledYear = regexParser(
  `(?:the\\s+year\\s+)?(?:(nineteen|eighteen)\\s+(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](one|two|three|four|five|six|seven|eight|nine))?|two\\s+thousand(?:\\s+and)?(?:\\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)|the\\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`,
  'nineteen|eighteen|thousand|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties',
  ({ m }) => {
    if (m[5]) return { k: 'fixed', type: 'DATE', value: `19${TENS[m[5].toLowerCase().replace(/ies$/, 'y')] / 10}` };
    if (m[1]) {
      const y = TENS[m[1].toLowerCase()] * 100 + TENS[m[2].toLowerCase()] + (m[3] ? ONES[m[3].toLowerCase()] : 0);
      return { k: 'fixed', type: 'DATE', value: String(y) };
    }
    if (!/year/i.test(m[0]) && !m[4]) return null;
    return { k: 'fixed', type: 'DATE', value: String(2000 + (m[4] ? (ONES[m[4].toLowerCase()] ?? TENS[m[4].toLowerCase()]) : 0)) };
  },
);
yearParsers.push(spelledYear);
