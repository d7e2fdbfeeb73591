import type { Token } from '../text/tokens.js';
import { wordInfo } from '../lexicon/word-info.js';

/** A word: a token, or one part of a hyphenated token ("Director-General" → two words). */
export interface Word {
  text: string;
  /** Folded for lexicon lookup (lowercase, no accents, no dots, straight apostrophes). */
  fold: string;
  start: number;
  end: number;
  token: number;
  /** True for the first/last word of its token (titles and names start and end on token edges). */
  first: boolean;
  last: boolean;
  /** What the lexicons say of the word: `PLACE_START`, `NAME_WORD` … bits of `lexicon/word-info`. */
  traits: number;
}

export interface WordIndex {
  words: Word[];
  /** Index of the first word of each token. */
  tokenWord: number[];
  folds: string[];
  texts: string[];
  /** Each word's `traits` bits in one compact array (rules that scan many words read it, not the objects). */
  traits: Uint16Array;
}

/** Splits every token at hyphens into words and indexes them by token. */
export function buildWords(tokens: readonly Token[]): WordIndex {
  const words: Word[] = [];
  const tokenWord: number[] = [];
  const folds: string[] = [];
  const texts: string[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    tokenWord.push(words.length);
    const info = wordInfo(tok.text); // one lookup per token: most are one word
    if (!info.hyphenated) {
      words.push({ text: tok.text, fold: info.fold, start: tok.start, end: tok.end, token: t, first: true, last: true, traits: info.traits });
      folds.push(info.fold);
      texts.push(tok.text);
      continue;
    }
    const parts = splitHyphens(tok);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      const { fold, traits } = wordInfo(p.text);
      words.push({ text: p.text, fold, start: p.start, end: p.end, token: t, first: i === 0, last: i === parts.length - 1, traits });
      folds.push(fold);
      texts.push(p.text);
    }
  }
  tokenWord.push(words.length);
  const traits = new Uint16Array(words.length);
  for (let k = 0; k < words.length; k++) traits[k] = words[k].traits;
  return { words, tokenWord, folds, texts, traits };
}

function splitHyphens(tok: Token): Token[] {
  const out: Token[] = [];
  const re = /[^-–]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tok.text)) !== null) out.push({ start: tok.start + m.index, end: tok.start + m.index + m[0].length, text: m[0] });
  return out;
}
