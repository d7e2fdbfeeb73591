import type { GazWord } from './gazetteer-codes.js';
import type { WordEntry } from './word-entry.js';

// What the feature indexer caches per distinct word, key and short shape (see `feature-indexer.ts`).

/** Ids of one word's own features, and of the features it lends its neighbours. */
export interface WordIds {
  e: WordEntry;
  cls: number;
  /** Ids of the features of the word alone, hyphen parts included. */
  own: Int32Array;
  /** Summed weights of `own`, `[pass * L + label]` (filled on first use, see `emission.ts`). */
  ownScore: Float64Array | null;
  wm1: number;
  wp1: number;
  wm2: number;
  wp2: number;
  ssm1: number;
  ssp1: number;
  /** Pair-word ids of the word's key and of its short shape (-1: in no pair feature of the model). */
  keyId: number;
  shapeId: number;
  /** How the gazetteer walk reads the word. */
  gaz: GazWord;
  /** The same for the raw token's key (`rawGazKey`, title phrases): `gaz` itself when the keys are equal. */
  rawGaz: GazWord;
  /** The word's lower-cased key, shared by every spelling with that key (document-level slots). */
  k: KeySlot;
}

/** A lower-cased key's slot in the document being tagged (`stamp` says which document set it). */
export interface KeySlot {
  stamp: number;
  slot: number;
}

/**
 * A key's slot and the ids of the features that read only the key (`w=`, prefixes, suffixes,
 * the neighbours' `w±n=`, its pair-word id): words that differ only in case or digits share
 * them, so a new spelling of a known key ("2,150" after "1,480") builds no strings for them.
 */
export interface KeyIds extends KeySlot {
  own: number[];
  wm1: number;
  wp1: number;
  wm2: number;
  wp2: number;
  keyId: number;
}

/** Ids of the features that read only the short shape. */
export interface ShortShapeIds {
  ss: number;
  ssm1: number;
  ssp1: number;
  shapeId: number;
}
