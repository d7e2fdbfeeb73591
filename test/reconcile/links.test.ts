import { describe, expect, it } from 'vitest';
import { links, type PairEvidence } from '../../src/reconcile/pair-evidence.js';

const none: PairEvidence = { sameDay: false, daysDiffer: false, sharedFigures: 0, cosine: 0, sharedOfficials: 0, sharedPlaces: 0, terms: 40, placesApart: false, officialsApart: false };
const e = (over: Partial<PairEvidence>): PairEvidence => ({ ...none, ...over });

describe('link rules (tuned on the written clusters)', () => {
  it.each<[string, Partial<PairEvidence>, boolean]>([
    ['same day + one shared figure', { sameDay: true, sharedFigures: 1 }, true],
    // Two central banks setting 27% the same day: places and people apart, one figure is a coincidence.
    ['same day + one figure, places and people apart', { sameDay: true, sharedFigures: 1, placesApart: true, officialsApart: true, cosine: 0.35 }, false],
    ['two shared figures even with places and people apart', { sharedFigures: 2, placesApart: true, officialsApart: true }, true],
    ['same day + one figure, places apart but a shared official', { sameDay: true, sharedFigures: 1, placesApart: true, sharedOfficials: 1 }, true],
    // An undated rewrite naming one of the officials (the other was missed): high similarity links.
    ['one shared official + high similarity', { sharedOfficials: 1, cosine: 0.47 }, true],
    ['one shared official + topical similarity', { sharedOfficials: 1, cosine: 0.4 }, false],
    ['one shared official + high similarity, places apart', { sharedOfficials: 1, cosine: 0.47, placesApart: true }, false],
    ['one shared official + high similarity, too few terms', { sharedOfficials: 1, cosine: 0.47, terms: 5 }, false],
    ['one shared place + high similarity (an undated rewrite)', { sharedPlaces: 1, cosine: 0.43 }, true],
    ['one shared place + topical similarity', { sharedPlaces: 2, cosine: 0.3 }, false],
    // A follow-up two days later in the same city: both state their (different) days.
    ['one shared place + high similarity, stated days differ', { sharedPlaces: 1, cosine: 0.43, daysDiffer: true }, false],
    ['one shared official + high similarity, stated days differ', { sharedOfficials: 1, cosine: 0.5, daysDiffer: true }, false],
    ['stated days differ, two shared figures', { sharedFigures: 2, daysDiffer: true }, true],
    ['similarity alone below the wire-copy level', { cosine: 0.5 }, false],
    ['weak evidence alone', { sharedOfficials: 3 }, false],
  ])('%s → %s', (_name, over, expected) => expect(links(e(over))).toBe(expected));
});
