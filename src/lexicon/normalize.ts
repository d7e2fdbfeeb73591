/** Folds a word for lexicon lookup: lowercase, accents removed, curly apostrophes straightened, dots dropped. */
export function foldWord(word: string): string {
  // Every word of every article is folded; news repeats its words, so the answer is kept per distinct word.
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= 50_000) foldedWords.clear();
    foldedWords.set(word, (folded = foldFresh(word)));
  }
  return folded;
}

const foldedWords = new Map<string, string>();

/** `foldWord` without its cache (for callers that keep their own); plain ASCII words skip Unicode normalization. */
export function foldFresh(word: string): string {
  if (/^[\x20-\x2d\x2f-\x5f\x61-\x7e]*$/.test(word)) return word.toLowerCase(); // ASCII without "." and "`"
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .toLowerCase();
}

/** Splits a lexicon form or a token into folded words: hyphens and spaces separate words, dots vanish. */
export function foldWords(text: string): string[] {
  return foldWord(text.replace(/[-–]/g, ' '))
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** True when the word starts with an uppercase letter. */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** True when the word has at least two letters and no lowercase letter (ISLAMABAD, ANF, U.S.). */
export function isAllCaps(word: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}
