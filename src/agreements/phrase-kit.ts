import type { Candidate } from './candidate.js';
import { actionEnd, clauseStart } from './clause.js';

type Base = Omit<Candidate, 'clauseFrom' | 'objTo' | 'extra' | 'needsJoint' | 'contextual' | 'prefix' | 'subjTo'> &
  Partial<Pick<Candidate, 'clauseFrom' | 'objTo' | 'extra' | 'contextual' | 'prefix' | 'subjTo'>>;

/** A candidate with the defaults of a phrase trigger (clause start, action end, no extra region). */
export function make(s: string, from: number, b: Base): Candidate {
  const clauseFrom = b.clauseFrom ?? clauseStart(s, b.trigStart, from);
  return {
    clauseFrom,
    subjTo: b.subjTo ?? b.trigStart,
    objTo: b.objTo ?? actionEnd(s, b.objFrom),
    extra: b.extra ?? null,
    contextual: b.contextual ?? false,
    prefix: b.prefix ?? '',
    needsJoint: false,
    ...b,
  } as Candidate;
}

/** Every match of a global regex from `from` on. */
export function* matches(re: RegExp, s: string, from: number): Generator<RegExpExecArray> {
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

