import { loadJsonData } from '../data-files.js';

/** One canonical unit of data/units.json. */
export interface UnitDef {
  id: string;
  quantity: string;
  base: string;
  /** Value in `base` = value x factor; null for an ambiguous unit (see `readings`). */
  factor: number | null;
  readings?: Record<string, number>;
  names?: string[];
  symbols?: string[];
}

interface UnitsFile {
  units: UnitDef[];
  persons: string[];
}

export interface UnitLexicon {
  byId: Map<string, UnitDef>;
  /** Lower-case phrase (tokens joined as written: "sq km", "km/h", "per-cent") → unit. */
  byName: Map<string, UnitDef>;
  /** Exact-case symbol → unit. */
  bySymbol: Map<string, UnitDef>;
  /** Longest phrase, in lexer tokens. */
  maxTokens: number;
  persons: Set<string>;
}

let cached: UnitLexicon | null = null;

/** Rough count of lexer tokens in a phrase: words, digit runs and single symbols. */
export function phraseTokens(phrase: string): number {
  return (phrase.match(/\p{L}+|\d+|[^\s\p{L}\d]/gu) ?? []).length;
}

/** The unit lexicon, built once per process. */
export function unitLexicon(): UnitLexicon {
  if (cached) return cached;
  const file = loadJsonData<UnitsFile>('units.json');
  const byId = new Map<string, UnitDef>();
  const byName = new Map<string, UnitDef>();
  const bySymbol = new Map<string, UnitDef>();
  let maxTokens = 1;
  for (const u of file.units) {
    byId.set(u.id, u);
    for (const n of u.names ?? []) {
      const key = n.toLowerCase();
      if (!byName.has(key)) byName.set(key, u);
      maxTokens = Math.max(maxTokens, phraseTokens(key));
    }
    for (const s of u.symbols ?? []) {
      if (!bySymbol.has(s)) bySymbol.set(s, u);
      maxTokens = Math.max(maxTokens, phraseTokens(s));
    }
  }
  cached = { byId, byName, bySymbol, maxTokens, persons: new Set(file.persons) };
  return cached;
}

export function unitById(id: string): UnitDef | undefined {
  return unitLexicon().byId.get(id);
}

/** True when a counted noun (lower case, singular or plural) names people. */
export function isPersonNoun(word: string): boolean {
  return unitLexicon().persons.has(word.toLowerCase());
}
