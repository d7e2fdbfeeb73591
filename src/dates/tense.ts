/**
 * The tense of the clause around a temporal expression, from word cues (no tagger: the stage
 * must stay fast). Decides which way a bare weekday or a year-less month points: past-tense
 * reporting ("said on Saturday") looks back, future or announcement context ("will meet on
 * Monday", "is due on Friday") looks forward.
 */
import { loadJsonData } from '../data-files.js';

export type Tense = 'past' | 'future' | 'present' | null;

interface TenseCues {
  future: string[];
  pastIrregular: string[];
  notPastEd: string[];
  present: string[];
}
const CUES = loadJsonData<TenseCues>('dates/tense-cues.json');
const FUTURE = new Set(CUES.future);
const PAST_IRREGULAR = new Set(CUES.pastIrregular);
const NOT_PAST_ED = new Set(CUES.notPastEd);
const PRESENT = new Set(CUES.present);

function cue(word: string, next: string): Tense {
  const w = word.toLowerCase();
  if (w === 'to') return /^(?:be|meet|visit|hold|begin|start|take|sign|travel|attend|open|launch|announce|discuss|vote|decide|resume|arrive|leave|return|host)$/i.test(next) ? 'future' : null;
  if (w === 'expected' || w === 'set' || w === 'due' || w === 'going' || w === 'scheduled' || w === 'slated') {
    return /^(?:to|for|on|in)$/i.test(next) || w === 'scheduled' || w === 'slated' ? 'future' : w === 'expected' || w === 'set' ? 'past' : null;
  }
  if (w === 'may' || w === 'might' || w === 'would' || w === 'wo') return w === 'would' ? null : 'future';
  if (FUTURE.has(w)) return 'future';
  if (PAST_IRREGULAR.has(w)) return 'past';
  if (PRESENT.has(w)) return 'present';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) return 'past';
  return null;
}

const WORD = /[\p{L}']+/gu;

/**
 * The tense cue nearest to [start, end) within [sentenceStart, sentenceEnd): left cues weigh a
 * little more than right ones ("said on Saturday" vs "On Saturday, he said").
 */
export function tenseAround(text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number): Tense {
  const words: { w: string; at: number }[] = [];
  WORD.lastIndex = sentenceStart;
  const slice = text.slice(0, sentenceEnd);
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    if (m.index >= start && m.index < end) continue;
    words.push({ w: m[0], at: m.index });
  }
  let best: Tense = null;
  let bestScore = Infinity;
  for (let i = 0; i < words.length; i++) {
    let t = cue(words[i].w, words[i + 1]?.w ?? '');
    if (!t) continue;
    // "will be held", "is to be signed", "may be delayed": a participle after a modal is future.
    if (t === 'past' && i >= 2 && /^(?:be|been)$/i.test(words[i - 1].w) && /^(?:will|shall|'ll|to|may|might|must|should)$/i.test(words[i - 2].w)) t = 'future';
    // "had been due to expire Friday": a past perfect before a future cue is past.
    if (t === 'future' && i >= 1 && /^(?:had|was|were)$/i.test(words[i - 1].w) && /^(?:due|set|scheduled|expected|slated|going)$/i.test(words[i].w)) t = 'past';
    if (t === 'future' && i >= 2 && /^been$/i.test(words[i - 1].w) && /^had$/i.test(words[i - 2].w)) t = 'past';
    const dist = words[i].at < start ? start - words[i].at : (words[i].at - end) * 1.5;
    // A present-tense auxiliary before a past participle is a perfect ("has met"): past.
    const score = t === 'present' ? dist * 1.3 : dist;
    if (score < bestScore) {
      best = t;
      bestScore = score;
    }
  }
  if (best === 'present') {
    // "has met", "have agreed": perfects report the past.
    const near = words.filter((w) => Math.abs(w.at - start) < 60).map((w) => w.w.toLowerCase());
    if (near.some((w, i) => (w === 'has' || w === 'have') && near[i + 1] && /ed$|met|held|made|taken|given|signed/.test(near[i + 1]))) return 'past';
  }
  return best;
}
