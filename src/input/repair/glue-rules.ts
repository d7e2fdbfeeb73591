import { glueLexicon } from './glue-lexicon.js';
import { wordRank } from './word-frequency.js';

/**
 * Glue points around punctuation and digits inside one whitespace-free chunk, where a lost
 * line break left "attempts,particularly", "sides.These", "policy”toward", "said“We",
 * "47percent", "in2026". Each rule returns the chunk offsets where a space goes.
 */


const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/u;


function knownWord(w: string): boolean {
  return wordRank(w.toLowerCase()) <= 60000;
}

/** Cheap pre-check: a mark, digit or symbol with something glued after it, or a letter before a digit or opener. */
const MAYBE = /[^\p{L}’'\-–][\p{L}\d“(\[$£€¥₹`]|\p{L}[\d“(\[$£€¥₹—–`]|^[—–]|''\p{L}/u;

export function punctuationCuts(chunk: string): number[] {
  if (!MAYBE.test(chunk)) return [];
  if (/:\/\/|@|www\.|\.(?:com|org|net|gov|edu|pk|uk|in)\b/iu.test(chunk)) return [];
  const cuts: number[] = [];
  const add = (re: RegExp, after = 0) => {
    for (const m of chunk.matchAll(re)) cuts.push(m.index + m[0].length + after);
  };
  // "attempts,particularly"  "Baker;the"  "said:the"
  add(/(?<=\p{L})[,;:](?=\p{L})/gu);
  // "2026,the" (a number then a comma and a word); "campaign,134" (a word, a comma, a number)
  add(/(?<=\d)[,;](?=\p{L}{2})/gu);
  add(/(?<=\p{L}{2})[,;](?=\d)/gu);
  // "sides.These"  "2026.Interior"  "why?The"  "NATO.Acheson"  "regulations.UNOS"
  add(/(?<=\p{L}\p{L}|\d)[.?!](?=\p{Lu}\p{Ll})/gu);
  add(/(?<=\p{Ll}\p{Ll})[.?!](?=\p{Lu}{2})/gu);
  // "U.S.officials"  "Corp.executive"  "St.Lawrence"  "Inc.,of"
  add(/(?<![\p{L}.])(?:\p{Lu}\.){2,}(?=\p{L}{2})/gu);
  for (const m of chunk.matchAll(/(?<!\p{L})(\p{L}{2,4})\.,?(?=\p{L}{2})/gu)) if (glueLexicon().abbreviations.has(m[1])) cuts.push(m.index + m[0].length);
  // "15,1999": a comma before a four-digit year is no thousands separator
  add(/(?<=\d),(?=\d{4}(?!\d))/gu);
  // PTB-style quotes: "''she"  "said``We"
  add(/(?<=[\p{L}.,!?])''(?=\p{L})/gu);
  for (const m of chunk.matchAll(/(?<=[\p{L}.,:])``(?=\p{L})/gu)) cuts.push(m.index);
  // "NATO's50th"
  add(/(?<=\p{L}['’]s)(?=\d)/gu);
  // closing quote or bracket, then a word: "policy”toward"  "(APP)The"  "said.”The"
  for (const m of chunk.matchAll(/[”)\]](?=[\p{L}\d])/gu)) {
    if (m[0] === ')' && /\(\p{L}{1,2}\)$/u.test(chunk.slice(Math.max(0, m.index - 3), m.index + 1))) continue; // "(s)he"
    cuts.push(m.index + 1);
  }
  // a word, then an opening quote or bracket: "said“We"  "minister(Mohsin"
  for (const m of chunk.matchAll(/(?<=[\p{L}\d,.;:])[“(\[](?=[\p{L}\d])/gu)) {
    if (m[0] === '(' && /^\(\p{L}{1,2}\)/u.test(chunk.slice(m.index))) continue; // "word(s)"
    cuts.push(m.index);
  }
  // a spaced dash glued on one side: "nationals —were", "said— and" (unspaced "word—word" is left alone)
  if (/^[—–][\p{L}\d]/u.test(chunk)) cuts.push(1);
  if (/\p{L}[—–]$/u.test(chunk) && !/[—–]/u.test(chunk.slice(0, -1))) cuts.push(chunk.length - 1);
  // "a47%"
  if (/^a\d+(?:\.\d+)?%/u.test(chunk)) cuts.push(1);
  // "47%decline"
  add(/(?<=\d%)(?=\p{L}{3})/gu);
  // "47percent"  "2026Interior": a number, then a common word that is no unit
  for (const m of chunk.matchAll(/(?<![\p{L}\d.,])(\d+(?:[.,]\d+)*)(\p{L}+)(?![\p{L}\d])/gu)) {
    const word = m[2];
    if (word.length >= 3 && !glueLexicon().unitsAfterNumber.has(word.toLowerCase()) && knownWord(word) && /^\p{Lu}?\p{Ll}+$/u.test(word)) cuts.push(m.index + m[1].length);
  }
  // "in2026": a common lower-case word, then a number
  for (const m of chunk.matchAll(/(?<![\p{L}\d])(\p{L}{2,})([$£€¥₹]?\d+)(?![\p{L}\d])/gu)) {
    const ok = /^\p{Ll}+$/u.test(m[1]) ? knownWord(m[1]) : MONTH.test(m[1]);
    if (ok) cuts.push(m.index + m[1].length);
  }
  return cuts;
}
