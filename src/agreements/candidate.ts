import type { Status } from './lexicon.js';

/** One statement of an agreement found in a sentence; offsets are sentence-relative. */
export interface Candidate {
  kind: 'verb' | 'passive' | 'future-passive' | 'future' | 'commitment' | 'nominal' | 'component' | 'planned-nominal' | 'welcome' | 'talks';
  status: Status;
  trigStart: number;
  trigEnd: number;
  /** Where the clause (and the subject region) starts. */
  clauseFrom: number;
  /** Subject region: [clauseFrom, subjTo). */
  subjTo: number;
  /** The stated action: [objFrom, objTo). */
  objFrom: number;
  objTo: number;
  /** Predicate put before the object ("set up" for "the centre would be set up"). */
  prefix: string;
  /** A second region naming parties ("with China", "between A and B", "by both sides"). */
  extra: [number, number] | null;
  /** Parties may come from the sides in context ("it was agreed", nominal statements). */
  contextual: boolean;
  /** "launch" counts only as a joint act: two parties, or "joint" in the object. */
  needsJoint: boolean;
  /** The trigger verb's lemma, for verb triggers ("decide" by one side is a commitment). */
  lemma?: string;
  /** ", pledging to …": a participle hanging on the clause before it. */
  participle?: boolean;
}
