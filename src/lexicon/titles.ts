import { loadJsonData } from '../data-files.js';
import { foldWord, foldWords, isAllCaps } from './normalize.js';

/** Mixed-case abbreviations that are titles without a dot ("Lt Gen", "Col"). */
const ABBREVIATIONS = new Set(['lt', 'gen', 'col', 'maj', 'sgt', 'cpl', 'adm', 'sen', 'rep', 'gov', 'amb', 'det', 'cpt', 'brig', 'supt', 'cmdr', 'capt', 'secy', 'pres', 'lieut']);
import { PhraseTrie } from './phrase-trie.js';

interface RoleEntry {
  id: string;
  domain: string;
  forms: string[];
  qualifier?: string;
  portfolio?: string;
  capitalOnly?: boolean;
}
interface IdForms {
  id: string;
  forms: string[];
}
interface TitlesFile {
  roles: RoleEntry[];
  qualifiers: IdForms[];
  portfolios: IdForms[];
  portfolioHeads: string[];
  honorifics: string[];
  nameStopwords: string[];
  namePrefixes?: string[];
}

/** A role form found in text: the canonical role and what the form itself implies. */
export interface RoleSense {
  role: string;
  domain: string;
  qualifier: string | null;
  portfolio: string | null;
  capitalOnly: boolean;
  /** True for a one-word form of at most three letters (PM, DG, IG): it must be capitalized in text. */
  short: boolean;
}

export interface TitleLexicon {
  roles: PhraseTrie<RoleSense>;
  qualifiers: PhraseTrie<string>;
  portfolios: PhraseTrie<string>;
  /** One-word forms of any role, qualifier or portfolio (to strip title words from names). */
  titleWords: Set<string>;
  /** Every word of a portfolio form ("initiatives", "operations"). */
  portfolioWords: Set<string>;
  portfolioHeads: Set<string>;
  honorifics: PhraseTrie<true>;
  nameStopwords: Set<string>;
  /** Words that open a South Asian name and belong to it ("Syed Murad Ali Shah"). */
  namePrefixes: Set<string>;
  /** Role id → its domain (government, diplomatic, military, police, judicial, corporate …). */
  domains: Map<string, string>;
  /** First words of every role, qualifier and portfolio form: where a title's lexicon part may start. */
  firstWords: Set<string>;
}

let cached: TitleLexicon | null = null;

/** The title lexicon from `data/titles.json`, built once per process. */
export function titleLexicon(): TitleLexicon {
  if (cached) return cached;
  const file = loadJsonData<TitlesFile>('titles.json');
  const roles = new PhraseTrie<RoleSense>();
  const titleWords = new Set<string>();
  const domains = new Map<string, string>();
  for (const r of file.roles) {
    if (!domains.has(r.id)) domains.set(r.id, r.domain);
    for (const form of r.forms) {
      const words = foldWords(form);
      roles.add(words, {
        role: r.id,
        domain: r.domain,
        qualifier: r.qualifier ?? null,
        portfolio: r.portfolio ?? null,
        capitalOnly: r.capitalOnly === true,
        short: words.length === 1 && words[0].length <= 3,
      });
      if (words.length === 1) titleWords.add(words[0]);
    }
  }
  const idTrie = (entries: IdForms[]) => {
    const trie = new PhraseTrie<string>();
    for (const e of entries) for (const form of e.forms) trie.add(foldWords(form), e.id);
    return trie;
  };
  for (const q of file.qualifiers) for (const f of q.forms) if (!f.includes(' ')) titleWords.add(foldWord(f));
  const honorifics = new PhraseTrie<true>();
  for (const h of file.honorifics) honorifics.add(foldWords(h), true);
  const qualifiers = idTrie(file.qualifiers);
  const portfolios = idTrie(file.portfolios);
  const firstWords = new Set<string>();
  for (const list of [file.roles, file.qualifiers, file.portfolios]) for (const e of list) for (const f of e.forms) firstWords.add(foldWords(f)[0]);
  cached = {
    roles,
    qualifiers,
    portfolios,
    firstWords,
    titleWords,
    portfolioWords: new Set(file.portfolios.flatMap((p) => p.forms.flatMap(foldWords))),
    portfolioHeads: new Set(file.portfolioHeads.map(foldWord)),
    honorifics,
    nameStopwords: new Set(file.nameStopwords.map(foldWord)),
    namePrefixes: new Set((file.namePrefixes ?? []).map(foldWord)),
    domains,
  };
  return cached;
}

/**
 * The longest role form at `start` of the folded `words`, honouring capitalization rules
 * against the original `texts` (capitalOnly forms and 1–3 letter forms need a capital).
 */
export function matchRole(
  words: readonly string[],
  texts: readonly string[],
  start: number,
  limit = words.length,
): { sense: RoleSense; end: number } | null {
  const { roles } = titleLexicon();
  if (!roles.opensWith(words[start])) return null; // most words open no role: skip the match callback
  const text = texts[start];
  const hit = roles.longest(words, start, limit, (sense, end) => {
    if ((sense.capitalOnly || sense.short) && !/^\p{Lu}/u.test(text)) return false;
    // PM, DG, Gen., Lt — but not a given name ("Ed") or initials ("D.A.")
    if (sense.short && end === start + 1 && (/^(\p{Lu}\.){2,}$/u.test(text) || !(isAllCaps(text) || text.endsWith('.') || ABBREVIATIONS.has(words[start])))) return false;
    return true;
  });
  return hit ? { sense: hit.value, end: hit.end } : null;
}

/** The longest qualifier form at `start` (acting, deputy, former, ad interim …). */
export function matchQualifier(words: readonly string[], start: number, limit = words.length): { id: string; end: number } | null {
  const hit = titleLexicon().qualifiers.longest(words, start, limit);
  return hit ? { id: hit.value, end: hit.end } : null;
}

/** The longest portfolio form at `start` (interior, foreign affairs …); short forms (IT) need capitals. */
export function matchPortfolio(
  words: readonly string[],
  texts: readonly string[],
  start: number,
  limit = words.length,
): { id: string; end: number } | null {
  const { portfolios } = titleLexicon();
  if (!portfolios.opensWith(words[start])) return null;
  const hit = portfolios.longest(words, start, limit, (_id, end) => {
    return !(end - start === 1 && words[start].length <= 2 && !/^\p{Lu}+$/u.test(texts[start]));
  });
  return hit ? { id: hit.value, end: hit.end } : null;
}

/** The longest honorific at `start` (Mr, Ms, Dr, His Excellency …). */
export function matchHonorific(words: readonly string[], start: number, limit = words.length): number | null {
  return titleLexicon().honorifics.longest(words, start, limit)?.end ?? null;
}

/** Looks up one title-ish phrase in isolation: `parseRoleText("charge d'affaires")` → role sense. */
export function lookupRole(text: string): RoleSense | null {
  const words = foldWords(text);
  const hit = titleLexicon().roles.longest(words, 0);
  return hit && hit.end === words.length ? hit.value : null;
}

/** Portfolio id of a whole phrase ("Foreign Affairs" → foreign_affairs), or null. */
export function lookupPortfolio(text: string): string | null {
  const words = foldWords(text);
  const hit = titleLexicon().portfolios.longest(words, 0);
  return hit && hit.end === words.length ? hit.value : null;
}

/** The domain of a role id (`ambassador` → diplomatic), or null for an unknown id. */
export function roleDomain(role: string): string | null {
  return titleLexicon().domains.get(role) ?? null;
}
