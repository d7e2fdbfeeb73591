import { glueLexicon } from './glue-lexicon.js';
import type { Edit } from '../../document/offset-map.js';
import type { RepairPass } from './pass.js';
import { punctuationCuts } from './glue-rules.js';
import { isCommonPart } from './segment.js';
import { isKnownWord } from './word-frequency.js';
import { splitLeadingCamel, splitRun, type DocWords } from './word-split.js';
import { lazyDocWords } from './doc-words.js';
import { isSpaceCode } from '../../text/chars.js';
import { memoCuts } from './cut-memo.js';
import { detached } from './detached.js';

/**
 * Words glued by lost line breaks ("significantagreement", "aimed atpreventing", "andUS",
 * "attempts,particularly"). A token is split only when no dictionary knows it and it splits
 * into common words (or at punctuation / digits), never inside a hyphenated capitalised name,
 * never a capitalised name that recurs in the document; and nothing changes unless glue
 * points are frequent in the document (the document-level trigger). Each edit replaces one
 * glued chunk with the same characters plus spaces, so every original character maps 1:1.
 */

const WORD_RUN = /\p{L}+(?:['’]\p{L}+)*/gu;
/** Share of English function words below which a text is not English prose (English ≈ 0.2–0.35). */
const MIN_ENGLISH = 0.12;
/** Document-level trigger: at least this many glue points, and this share of word tokens. */
const MIN_POINTS = 3;
const MIN_RATE = 0.015;

/** Prefixes written with a hyphen: "thepre-immigration" is "the" + "pre-immigration". */
function prefixCut(run: string): number {
  if (isKnownWord(run)) return 0;
  for (let k = Math.max(1, run.length - 7); k < run.length - 1; k++) {
    if (glueLexicon().hyphenPrefixes.has(run.slice(k)) && isCommonPart(run.slice(0, k))) return k;
  }
  return 0;
}

/** The common case, skipped fast: a lower-case (or capitalised) word with trailing punctuation. */
const PLAIN_KNOWN = /^(\p{Lu}?[a-z]+)[.,;:!?]?$/u;

/**
 * A straight double quote between two words ('that"substantial', 'progress"had') opens a quote
 * when none is open in the paragraph so far, else closes one: the space goes before or after.
 */
function straightQuoteCuts(chunk: string, open: boolean): number[] {
  const cuts: number[] = [];
  let isOpen = open;
  for (let i = 0; i < chunk.length; i++) {
    if (chunk[i] !== '"') continue;
    const before = /[\p{L}\d.,;:!?]/u.test(chunk[i - 1] ?? '');
    const after = /[\p{L}\d]/u.test(chunk[i + 1] ?? '');
    if (before && after) cuts.push(isOpen ? i + 1 : i);
    isOpen = !isOpen;
  }
  return cuts;
}

/** Hashtags, handles, paths, URLs and code: written without spaces on purpose. */
const MACHINE_TOKEN = /[#@/\\_=<>{}|~^*]|www\.|\.(?:com|org|net|gov|edu)\b/iu;

/** Offsets (in the chunk) where spaces go. */
function chunkCuts(chunk: string, words: DocWords, quotesOpen: boolean): number[] {
  if (PLAIN_KNOWN.test(chunk) && isKnownWord(PLAIN_KNOWN.exec(chunk)![1])) return [];
  if (MACHINE_TOKEN.test(chunk)) return [];
  const cuts = new Set(punctuationCuts(chunk));
  for (const c of straightQuoteCuts(chunk, quotesOpen)) cuts.add(c);
  // Hyphenated compound with a capitalised part (Pak-US, Abdel-Rahman, Al-Qaeda): a name, left alone.
  const hyphenatedName = /[-–]/u.test(chunk) && /(?:^|[-–])\p{Lu}|\p{Lu}[\p{L}]*[-–]/u.test(chunk);
  for (const m of chunk.matchAll(WORD_RUN)) {
    const end = m.index + m[0].length;
    const hyphenNext = /^[-–]/u.test(chunk.slice(end)) || /[-–]$/u.test(chunk.slice(0, m.index));
    if (hyphenNext && hyphenatedName) {
      // Only the first word can carry glue from the line before: "theAnti-Narcotics", "fromnon-GM".
      if (m.index === 0) {
        const cut = /^\p{Ll}+$/u.test(m[0]) && /^[-–]/u.test(chunk.slice(end)) ? prefixCut(m[0]) : 0;
        if (cut > 0) cuts.add(cut);
        else for (const c of splitLeadingCamel(m[0], words)) cuts.add(c);
      }
      continue;
    }
    if (/\d$/u.test(chunk.slice(0, m.index)) || /^\d/u.test(chunk.slice(end))) continue; // "G20s", "COVID19"
    if (/^[-–]/u.test(chunk.slice(end))) {
      const cut = prefixCut(m[0]);
      if (cut > 0) {
        cuts.add(m.index + cut);
        continue;
      }
    }
    for (const c of splitRun(m[0], words)) cuts.add(m.index + c);
  }
  return [...cuts].filter((c) => c > 0 && c < chunk.length).sort((a, b) => a - b);
}

/**
 * What a chunk says by itself, cached per process: whether it is an English function word, a
 * known plain word (no cuts), and how many straight double quotes it holds.
 */
interface ChunkFacts {
  english: boolean;
  plainKnown: boolean;
  quotes: number;
}

const chunkMemo = new Map<string, ChunkFacts>();

function chunkFacts(chunk: string): ChunkFacts {
  let f = chunkMemo.get(chunk);
  if (!f) {
    const plain = PLAIN_KNOWN.exec(chunk);
    let quotes = 0;
    for (let i = 0; i < chunk.length; i++) if (chunk.charCodeAt(i) === 0x22) quotes++;
    f = {
      english: glueLexicon().englishFunctionWords.has(chunk.replace(/[^\p{L}]+$/u, '').toLowerCase()),
      plainKnown: plain !== null && isKnownWord(plain[1]),
      quotes,
    };
    if (chunkMemo.size >= 50_000) chunkMemo.clear();
    chunkMemo.set(detached(chunk), f); // a slice would pin the article
  }
  return f;
}

/** A chunk's cuts; only a chunk with a straight quote depends on whether one is open. */
function cutsOf(chunk: string, facts: ChunkFacts, words: DocWords, quotesOpen: boolean): readonly number[] {
  const key = facts.quotes === 0 ? chunk : `${quotesOpen ? '\u0001' : '\u0002'}${chunk}`;
  return memoCuts(key, words, (asked) => chunkCuts(chunk, asked, quotesOpen));
}

/** Every glue point the rules see, before the document-level trigger (for tests and tuning). */
export function glueCandidates(text: string): { edits: Edit[]; points: number; tokens: number; english: number } {
  const words = lazyDocWords(text);
  const edits: Edit[] = [];
  let points = 0;
  let tokens = 0;
  let english = 0;
  let quotes = 0; // straight double quotes so far in the paragraph: odd means one is open
  // Chunks are the runs of non-space characters (\S+), found by a plain scan.
  const n = text.length;
  let i = 0;
  while (i < n) {
    let newline = false;
    while (i < n && isSpaceCode(text.charCodeAt(i))) if (text.charCodeAt(i++) === 0x0a) newline = true;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
    const chunk = text.slice(start, i);
    tokens++;
    const facts = chunkFacts(chunk);
    if (facts.english) english++;
    if (newline) quotes = 0;
    const cuts = facts.plainKnown ? [] : cutsOf(chunk, facts, words, quotes % 2 === 1);
    quotes += facts.quotes;
    if (cuts.length === 0) continue;
    points += cuts.length;
    let replacement = '';
    let at = 0;
    for (const c of cuts) {
      replacement += `${chunk.slice(at, c)} `;
      at = c;
    }
    replacement += chunk.slice(at);
    edits.push({ start, end: i, replacement });
  }
  return { edits, points, tokens, english: tokens ? english / tokens : 0 };
}

/** Whether a document is English with enough glue points to be one whose line breaks were lost. */
export function isGluedDocument(points: number, tokens: number, english: number): boolean {
  return points >= MIN_POINTS && points >= MIN_RATE * tokens && english >= MIN_ENGLISH;
}

export function findGluedWords(text: string): Edit[] {
  const { edits, points, tokens, english } = glueCandidates(text);
  return isGluedDocument(points, tokens, english) ? edits : [];
}

export const gluedWordsPass: RepairPass = {
  kind: 'glued-words',
  find: findGluedWords,
};
