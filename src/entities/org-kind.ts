import { loadJsonData } from '../data-files.js';
import { foldWords } from '../lexicon/normalize.js';
import { PhraseTrie } from '../lexicon/phrase-trie.js';

interface OrgKindsFile {
  heads: Record<string, string[]>;
  international: string[];
  outlets: string[];
  government: Record<string, string | null>;
  notOrganizations?: string[];
}

interface OrgKindIndex {
  heads: PhraseTrie<string>;
  named: Map<string, string>;
  /** Country of a government body known by a short name (White House → US). */
  governmentCountry: Map<string, string | null>;
  /** Acronyms the tagger takes for organizations that name none ("AI", "GDP", "VAT"). */
  notOrgs: Set<string>;
}

let cached: OrgKindIndex | null = null;

function index(): OrgKindIndex {
  if (cached) return cached;
  const file = loadJsonData<OrgKindsFile>('org-kinds.json');
  const heads = new PhraseTrie<string>();
  for (const [kind, forms] of Object.entries(file.heads)) for (const f of forms) heads.add(foldWords(f), kind);
  const named = new Map<string, string>();
  for (const n of file.international) named.set(foldWords(n).join(' '), 'international');
  for (const n of file.outlets) named.set(foldWords(n).join(' '), 'outlet');
  const governmentCountry = new Map<string, string | null>();
  for (const [n, code] of Object.entries(file.government)) {
    named.set(foldWords(n).join(' '), 'government');
    governmentCountry.set(foldWords(n).join(' '), code);
  }
  cached = { heads, named, governmentCountry, notOrgs: new Set(file.notOrganizations ?? []) };
  return cached;
}

/**
 * The kind of an organization from its name: a known international body or outlet, else the
 * head word — the first word of "Ministry of the Interior"-style names, otherwise the last
 * head word ("Federal Investigation Agency" → agency, "US Embassy" → embassy). Null if unknown.
 */
export function orgKind(name: string): string | null {
  // asked for every organization and person-like name; the answer depends on the name alone
  let kind = kinds.get(name);
  if (kind === undefined) {
    if (kinds.size >= 20_000) kinds.clear();
    kinds.set(name, (kind = orgKindUncached(name)));
  }
  return kind;
}

const kinds = new Map<string, string | null>();

function orgKindUncached(name: string): string | null {
  const idx = index();
  const words = foldWords(name.replace(/^the\s+/i, ''));
  const whole = idx.named.get(words.join(' '));
  if (whole) return whole;
  const ofAt = words.indexOf('of');
  if (ofAt > 0) {
    const first = idx.heads.longest(words, 0, ofAt);
    if (first && first.end === ofAt) return first.value;
  }
  let kind: string | null = null;
  for (let i = 0; i < (ofAt > 0 ? ofAt : words.length); i++) {
    const hit = idx.heads.longest(words, i);
    if (hit) {
      kind = hit.value;
      i = hit.end - 1;
    }
  }
  return kind;
}

/** True for a body the lexicon knows by name (international, outlet, government: "White House", "UN"). */
export function isNamedBody(name: string): boolean {
  return index().named.has(nameKey(name));
}

/** True for a word the tagger may take for an organization that names none ("AI", "VAT"). */
export function isNotAnOrganization(text: string): boolean {
  return index().notOrgs.has(text);
}

/** True for a known international body (no home country): UN, IMF, World Bank, NATO … */
export function isInternational(name: string): boolean {
  return index().named.get(nameKey(name)) === 'international';
}

/** True when a folded word is an organization head by itself (ministry, agency, bank, court …). */
export function isOrgHeadWord(fold: string): boolean {
  const { heads } = index();
  return heads.opensWith(fold) && heads.longest([fold], 0) !== null; // most words open no head: no array to build
}

/** The country of a government body known by its short name ("Kremlin" → RU), or null. */
export function knownBodyCountry(name: string): string | null {
  return index().governmentCountry.get(nameKey(name)) ?? null;
}

/** A name as the named-body tables key it: folded words without a leading "the", memoized per name. */
function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= 20_000) nameKeys.clear();
    nameKeys.set(name, (key = foldWords(name.replace(/^the\s+/i, '')).join(' ')));
  }
  return key;
}

const nameKeys = new Map<string, string>();
