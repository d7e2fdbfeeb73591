import type { CaseClass } from './word.js';
import { caseClass, isCapitalized, lowerKey } from './word.js';

/** What the rest of the document says about each word type (lower-cased key). */
export interface DocContext {
  /** Word keys → flags: which document-level facts hold for the word. */
  flags: Map<string, Set<string>>;
  /** Per sentence: its casing style; in 'caps' and 'title' sentences capitals say little. */
  style: SentenceStyle[];
}

export type SentenceStyle = 'caps' | 'title' | 'plain';

/**
 * How a sentence is cased: 'caps' when most letter tokens are upper case (CoNLL headlines, wire
 * slugs), 'title' when most words of three or more letters start with a capital (Title Case
 * headlines), else 'plain'.
 */
export function sentenceStyle(tokens: readonly string[]): SentenceStyle {
  return styleOf(tokens.map((t) => ({ tok: t, cls: caseClass(t) })));
}

/** `sentenceStyle` from tokens whose case class is known (`words[from..to)`, default all). */
export function styleOf(words: readonly { tok: string; cls: CaseClass }[], from = 0, to = words.length): SentenceStyle {
  let letters = 0;
  let caps = 0;
  let long = 0;
  let initial = 0;
  for (let i = from; i < to; i++) {
    const { tok: t, cls: c } = words[i];
    if (c === 'caps' || c === 'init' || c === 'lower' || c === 'mixed') {
      letters++;
      if (c === 'caps') caps++;
      if (t.length >= 3) {
        long++;
        if (c !== 'lower') initial++;
      }
    }
  }
  if (letters >= 2 && caps / letters > 0.6) return 'caps';
  if (long >= 3 && initial / long >= 0.8) return 'title';
  return 'plain';
}

/**
 * Collects document-level evidence for every word: seen in lower case (a common word), seen
 * capitalised mid-sentence (a name), seen after a title/honorific, seen as the last or first
 * word of a longer capitalised sequence, seen right after a known given name.
 */
export function buildDocContext(sents: readonly string[][], gaz: readonly string[][][]): DocContext {
  return buildDocContextOf(
    sents.map((toks) => toks.map((t) => ({ tok: t, key: lowerKey(t), cls: caseClass(t), cap: isCapitalized(t) }))),
    gaz,
  );
}

/** What `buildDocContext` reads of a token: its text, `lowerKey`, `caseClass` and `isCapitalized`. */
export interface ContextWord {
  tok: string;
  key: string;
  cls: CaseClass;
  cap: boolean;
}

/** `buildDocContext` from tokens whose key, class and capitalisation are known (cached per word). */
export function buildDocContextOf(sents: readonly (readonly ContextWord[])[], gaz: readonly string[][][]): DocContext {
  const flags = new Map<string, Set<string>>();
  const add = (key: string, flag: string) => {
    let set = flags.get(key);
    if (!set) flags.set(key, (set = new Set()));
    set.add(flag);
  };
  const style = sents.map((words) => styleOf(words));
  sents.forEach((toks, s) => {
    const caps = style[s] !== 'plain';
    for (let i = 0; i < toks.length; i++) {
      const { tok: t, key, cls: c, cap } = toks[i];
      if (c === 'lower') {
        add(key, 'lc');
        continue;
      }
      if (caps || !cap) continue;
      if (c === 'init') add(key, 'tc');
      if (i > 0 && !/^["'(\[\-.!?]$/.test(toks[i - 1].tok)) add(key, 'mid');
      const prevGaz = i > 0 ? gaz[s][i - 1] : [];
      if (prevGaz.some((g) => g.startsWith('title:'))) add(key, 'afterTitle');
      if (i > 0 && toks[i - 1].cap && prevGaz.some((g) => g.startsWith('given:'))) add(key, 'afterGiven');
      const prevCap = i > 0 && toks[i - 1].cap && !prevGaz.some((g) => g.startsWith('title:'));
      const nextCap = i + 1 < toks.length && toks[i + 1].cap;
      if (prevCap && !nextCap) add(key, 'seqLast');
      if (!prevCap && nextCap) add(key, 'seqFirst');
      if (!prevCap && !nextCap) add(key, 'alone');
    }
  });
  return { flags, style };
}
