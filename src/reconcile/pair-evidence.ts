import type { Features } from './features.js';
import { cosine } from './text-vector.js';

/** Event days further apart than this never merge. */
export const MAX_DAY_GAP = 3;

export interface PairEvidence {
  /** Strong: both articles state the event happened on the same day (a shared publication day is not enough). */
  sameDay: boolean;
  /** Both articles state their event days and the days differ (within the veto's reach): weak and medium evidence then do not link. */
  daysDiffer: boolean;
  /** Strong: specific figures (value + unit, not years or small counts) both report. */
  sharedFigures: number;
  /** Medium: TF-IDF cosine of what the records hold. */
  cosine: number;
  /** Weak: people both name (surnames): the same officials meet again and again. */
  sharedOfficials: number;
  /** The smaller of the two vectors' term counts. */
  terms: number;
  /**
   * Negative evidence: both articles name places and share none (floods in Kano and in Maradi
   * the same day). Then only strong evidence (shared figures) links them.
   */
  placesApart: boolean;
  /** Weak: places both name (the dateline included). */
  sharedPlaces: number;
  /** Negative evidence: both articles name people and share none (two central banks' decisions the same day). */
  officialsApart: boolean;
}

function countShared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

export function pairEvidence(a: Features, b: Features): PairEvidence {
  return {
    sameDay: a.day !== null && a.day === b.day && a.dayStated && b.dayStated,
    daysDiffer: a.day !== null && b.day !== null && a.dayStated && b.dayStated && a.day !== b.day,
    sharedFigures: countShared(a.figures, b.figures),
    cosine: cosine(a.vector, b.vector),
    sharedOfficials: countShared(a.officials, b.officials),
    terms: Math.min(a.vector.size, b.vector.size),
    placesApart: a.places.size > 0 && b.places.size > 0 && countShared(a.places, b.places) === 0,
    sharedPlaces: countShared(a.places, b.places),
    officialsApart: a.officials.size > 0 && b.officials.size > 0 && countShared(a.officials, b.officials) === 0,
  };
}

/** Thresholds of the link rules (cosine). */
export const COSINE = { withFigure: 0.2, withFigureOfficial: 0.1, sameDay: 0.25, sameDayOfficials: 0.2, oneOfficial: 0.45, onePlace: 0.4, twoOfficials: 0.35, alone: 0.6 };

/**
 * Whether the evidence links two articles (dates permitting). Weak evidence alone never links;
 * medium evidence alone only when very high (a wire copy):
 * - same day + a shared figure, or two shared figures;
 * - one shared figure + textual similarity (less with a shared official): a background
 *   statistic repeated in another story must not link it;
 * - same day + textual similarity, or same day + shared official + some similarity;
 * - two shared officials + clear textual similarity (the same pair meets often: similarity decides),
 *   or one shared official or place + high similarity (an undated rewrite; not when both state
 *   different days, and the date bounds still veto);
 * - very high cosine.
 * Without shared figures, articles whose places are apart never link; articles whose places and
 * people are both apart link only on two shared figures (one shared rate or toll is a coincidence).
 */
export function links(e: PairEvidence): boolean {
  if (e.sharedFigures >= 2) return true;
  if (e.placesApart && e.officialsApart) return false;
  if (e.sameDay && e.sharedFigures >= 1) return true;
  if (e.sharedFigures >= 1 && (e.cosine >= COSINE.withFigure || (e.sharedOfficials >= 1 && e.cosine >= COSINE.withFigureOfficial))) return true;
  if (e.placesApart) return false;
  if (e.sameDay && e.cosine >= COSINE.sameDay) return true;
  if (e.sameDay && e.sharedOfficials >= 1 && e.cosine >= COSINE.sameDayOfficials) return true;
  if (e.sharedOfficials >= 2 && e.cosine >= COSINE.twoOfficials && e.terms >= MIN_TERMS_ALONE) return true;
  if (!e.daysDiffer && e.terms >= MIN_TERMS_ALONE) {
    if (e.sharedOfficials >= 1 && e.cosine >= COSINE.oneOfficial) return true;
    if (e.sharedPlaces >= 1 && e.cosine >= COSINE.onePlace) return true;
  }
  return e.cosine >= COSINE.alone && e.terms >= MIN_TERMS_ALONE;
}

/** Cosine decides without strong evidence only for vectors with this many terms each (a few shared words prove nothing). */
export const MIN_TERMS_ALONE = 12;

/** Orders links: strongest first (union order matters under the date veto). */
export function linkScore(e: PairEvidence): number {
  return (e.sameDay ? 2 : 0) + 1.5 * Math.min(e.sharedFigures, 4) + 3 * e.cosine + 0.5 * Math.min(e.sharedOfficials, 3);
}
