import { loadJsonData } from '../data-files.js';
import { lookupPlace, type PlaceHit } from '../lexicon/countries.js';

let cached: Map<string, string> | null = null;

function suffixes(): Map<string, string> {
  if (cached) return cached;
  const file = loadJsonData<{ placeSuffixes: Record<string, string[]> }>('countries.json');
  cached = new Map();
  for (const [kind, words] of Object.entries(file.placeSuffixes)) for (const w of words) cached.set(w, kind);
  return cached;
}

/**
 * Kind and country of a place the lexicon does not know whole, from its last word: "Mandera
 * County" → province, "Swat Valley" → district, "Punjab Province" → province in PK (the rest
 * of the name is looked up). Null when the last word says nothing.
 */
export function placeBySuffix(name: string): { kind: string; hit: PlaceHit | null } | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  const kind = suffixes().get(words[words.length - 1].toLowerCase());
  if (!kind) return null;
  return { kind, hit: lookupPlace(words.slice(0, -1).join(' ')) };
}
