/** When a title carries several qualifiers, the one that changes its meaning most is kept. */
const RANK = [
  'deputy',
  'acting',
  'ad_interim',
  'interim',
  'caretaker',
  'former',
  'state',
  'designate',
  'assistant',
  'additional',
  'special',
  'shadow',
  'senior',
  'junior',
  'federal',
  'provincial',
];

export function pickQualifier(quals: readonly string[]): string | null {
  let best: string | null = null;
  for (const q of quals) if (best === null || rank(q) < rank(best)) best = q;
  return best;
}

function rank(q: string): number {
  const r = RANK.indexOf(q);
  return r === -1 ? RANK.length : r;
}
