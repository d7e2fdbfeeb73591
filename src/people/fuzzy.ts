import { editDistance } from '../text/edit-distance.js';

/** Two given names that are the same person's in one article: equal, an initial, or a one-letter slip (Mohin/Mohsin). */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return a.length >= 4 && b.length >= 4 && a[0] === b[0] && editDistance(a, b, 1) <= 1;
}
