import { detached } from './detached.js';
import type { DocWords } from './word-split.js';

/**
 * Per-process memo of a chunk's glue points. The rules for one chunk depend only on the chunk,
 * the process-wide lexicons and the answers the document gives to `DocWords` questions. So the
 * memo keeps, with the cuts, the questions the rules asked and the answers they got; a later
 * document reuses the cuts when it gives the same answers to the same questions (the rules are
 * deterministic, so the same answers retrace the same path). A chunk whose rules asked nothing
 * never makes the document count its words.
 */

interface Question {
  word: string;
  /** Set for a bigram question (word, right); unset for a count question. */
  right?: string;
  answer: number | boolean;
}

interface Memo {
  questions: Question[];
  cuts: readonly number[];
}

const MAX_ENTRIES = 50_000;
const memo = new Map<string, Memo>();

function answers(words: DocWords, questions: readonly Question[]): boolean {
  for (const q of questions) {
    const answer = q.right === undefined ? words.count(q.word) : words.hasBigram(q.word, q.right);
    if (answer !== q.answer) return false;
  }
  return true;
}

/** `compute(words)` for `key`, from the memo when the document answers its questions alike. */
export function memoCuts(key: string, words: DocWords, compute: (words: DocWords) => number[]): readonly number[] {
  const hit = memo.get(key);
  if (hit && answers(words, hit.questions)) return hit.cuts;
  const questions: Question[] = [];
  const recording: DocWords = {
    count(word) {
      const answer = words.count(word);
      questions.push({ word: detached(word), answer });
      return answer;
    },
    hasBigram(word, right) {
      const answer = words.hasBigram(word, right);
      questions.push({ word: detached(word), right: detached(right), answer });
      return answer;
    },
  };
  const cuts = compute(recording);
  if (memo.size >= MAX_ENTRIES) memo.clear();
  memo.set(detached(key), { questions, cuts });
  return cuts;
}
