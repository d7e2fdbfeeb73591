import { lazyRx, lexicon } from './lexicon.js';
import { withoutTrailingPunctuation, withoutTrailingWords } from './trailing.js';
import { WordTrie } from './word-trie.js';

const FILLERS = lazyRx(() => `\\s+(?:${lexicon().fillerRe})(?=\\s|$)`, 'gi');

// Adjectives only in lower case: "Comprehensive Economic Partnership Agreement" is a name.
const LEADING = /^(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]ome|[Aa]ll|[Aa]ny|[Bb]oth|also|further|jointly|formally|officially|now|soon|to|significant|landmark|historic|key|major|new|first-ever|important|comprehensive)\s+)+/;
const POSSESSOR = /^(?:[\p{Lu}][\p{L}.]*\s){0,2}[\p{Lu}][\p{L}.]*['’]s\s+|^(?:(?:her|his|their|its|our)\s+)?(?:country|government|nation|side|administration)['’]s\s+/u;
const MAX_WORDS = 28;

/** The last word of every filler: each stands as a whole run of letters in any FILLERS match (whitespace around it). */
let fillerTrie: WordTrie | null = null;
function fillerWords(): WordTrie {
  return (fillerTrie ??= new WordTrie(new Map(lexicon().fillers.map((f) => [f.toLowerCase().split(' ').pop()!, 1]))));
}
const TRAILING_FUNCTION_WORDS = ['from', 'in', 'on', 'by', 'at', 'to', 'for', 'of', 'with', 'and', 'or', 'the', 'a', 'an'];

/**
 * A short normalized action: the predicate and object as written, minus leading articles,
 * possessors ("her country's") and filler adverbs, whitespace collapsed, trailing punctuation
 * dropped, lists kept whole; cut at MAX_WORDS on a word boundary.
 */
export function normalizeAction(raw: string, prefix = ''): string {
  let a = raw.replace(/\s+/g, ' ');
  // (Cheap tests first: a relative clause needs a comma; a filler adverb, its own last word.)
  if (a.includes(',')) a = a.replace(/,\s*(?:which|who)\s[^,]*(?:,|$)/g, ' ');
  a = a.trim();
  let prev = '';
  while (prev !== a) {
    prev = a;
    a = a.replace(LEADING, '').replace(POSSESSOR, '');
  }
  a = (fillerWords().maskOf(a) !== 0 ? ` ${a}`.replace(FILLERS(), '') : a).trim();
  // (Trailing cuts read backwards from the end: see trailing.ts.)
  a = a.slice(0, withoutTrailingPunctuation(a, a.length)).replace(/^[\s,;:]+/, '');
  a = a.slice(0, withoutTrailingWords(a, a.length, TRAILING_FUNCTION_WORDS));
  const ws = a.split(' ');
  if (ws.length > MAX_WORDS) a = ws.slice(0, MAX_WORDS).join(' ').replace(/[\s,;:]+(?:and|or|the|a|of|to|in|for)?$/i, '');
  return prefix ? `${prefix} ${a}`.trim() : a;
}

const STOP = /^(?:a|an|the|and|or|of|to|in|on|for|with|by|at|from|its|their|his|her|our|this|that|these|those|between|against|under|further|also|both|all|which|as|into|through|particularly|including|such|other|enhance|cooperation|efforts?|measures|joint|bilateral|mutual|areas?|between|two|countries|sides)$/i;

/** The key of one lower-case word (its synonym's stem, at most 7 letters), or null for a stop word. */
function wordKey(raw: string): string | null {
  const syn = lexicon().keySynonyms;
  const w = syn[raw] ?? syn[raw.replace(/s$/, '')] ?? raw;
  if (w.length < 3 || STOP.test(w)) return null;
  return w.replace(/(?:ies)$/, 'y').replace(/(?:ing|ed|es|s)$/, '').slice(0, 7);
}

/** Word keys, per process: news reuses a small vocabulary (bounded so a long batch cannot grow it forever). */
const WORD_KEYS = new Map<string, string | null>();
const MAX_CACHED_WORDS = 50_000;

/** Content words of an action, for comparing two statements of one agreement. */
export function actionKeys(action: string): Set<string> {
  const out = new Set<string>();
  for (const raw of action.toLowerCase().split(/[^\p{L}\d]+/u)) {
    let key = WORD_KEYS.get(raw);
    if (key === undefined) {
      if (WORD_KEYS.size >= MAX_CACHED_WORDS) WORD_KEYS.clear();
      WORD_KEYS.set(raw, (key = wordKey(raw)));
    }
    if (key !== null) out.add(key);
  }
  return out;
}

/** Only relationship words ("further strengthening their long-standing bilateral ties"): no concrete action. */
export function relationshipOnly(action: string): boolean {
  const lex = lexicon();
  const ws = action.split(/[^\p{L}'’-]+/u).filter(Boolean);
  if (ws.length === 0) return true;
  const heads = ws.filter((w) => lex.relationshipHeads.has(w.toLowerCase())).length;
  if (heads === 0) return false;
  // Names ("Pakistan", "Pak-US") do not make a relationship concrete.
  const rest = ws.filter((w) => !lex.relationshipOnly.has(w.toLowerCase()) && !/^[\p{Lu}]/u.test(w));
  return rest.length <= 1 && ws.length <= 12;
}
