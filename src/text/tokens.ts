/** A token of the repaired text: offsets into `doc.text`. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN = new RegExp(
  [
    String.raw`https?:\/\/\S+|www\.\S+`, // URLs
    String.raw`[\w.+-]+@[\w-]+\.[\w.]+`, // e-mail
    String.raw`(?:\p{Lu}\.){2,}`, // initialisms: U.S., U.K.
    String.raw`\d+(?:[.,:]\d+)*(?:\p{L}+)?`, // 2,001  12.797  10:30  5th  3bn
    String.raw`\p{L}[\p{L}\p{M}\d]*(?:['’](?![sS]\b)\p{L}+)?(?:[-–]\p{L}[\p{L}\p{M}\d]*(?:['’](?![sS]\b)\p{L}+)?)*\.?`, // words, hyphenated words, an abbreviation dot
    String.raw`['’][sS]\b`, // possessive 's, its own token as in CoNLL
    String.raw`[^\s\p{L}\d]`, // any other single symbol or punctuation mark
  ].join('|'),
  'gu',
);

/** Abbreviations that keep their dot; any other word's final dot is split off as punctuation. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt sen rep gov pres st jr sr inc ltd co corp no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev hon messrs adm brig cmdr supt rs approx est engr'.split(' '),
);

/** Regex tokenizer (linear in the text). Splits a trailing dot unless the word is a known abbreviation or a single letter. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const word = m[0];
    const start = m.index;
    if (word.length > 1 && word.endsWith('.') && /\p{L}\.$/u.test(word) && !/^(?:\p{Lu}\.){2,}$/u.test(word)) {
      const bare = word.slice(0, -1);
      if (!(bare.length === 1 || ABBREVIATIONS.has(bare.toLowerCase()))) {
        out.push({ start, end: start + bare.length, text: bare });
        out.push({ start: start + bare.length, end: start + word.length, text: '.' });
        continue;
      }
    }
    out.push({ start, end: start + word.length, text: word });
  }
  return out;
}
