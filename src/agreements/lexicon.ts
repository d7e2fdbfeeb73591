import { loadJsonData } from '../data-files.js';
import type { Agreement } from '../schema/article.js';
import { GatedWords } from './word-trie.js';

export type Status = Agreement['status'];
export type Frame = 'to' | 'on' | 'that' | 'deal' | 'deal-strict' | 'deal-np' | 'order' | 'completion' | 'talks' | 'np' | 'joint';

export interface VerbEntry {
  forms: string[];
  lemma: string;
  status: Status;
  frames: Frame[];
}

interface TriggerFile {
  verbs: VerbEntry[];
  dealNouns: string[];
  financeNouns: string[];
  establishVerbs: Record<string, string>;
  planVerbs: string[];
  futureMarkers: string[];
  groupAnaphors: string[];
  singleAnaphors: string[];
  negations: string[];
  hedges: string[];
  leadHedges: string[];
  pastBackground: string[];
  relationshipOnly: string[];
  relationshipHeads: string[];
  discussCues: string[];
  fillers: string[];
  titleWords: string[];
  nominalPlans: Record<string, string>;
  keySynonyms: Record<string, string>;
  companyNouns: string[];
  nonDealObjects: string[];
  trivialVerbs: string[];
  planNouns: string[];
  planStrongVerbs: string[];
  approvalNouns: string[];
}

/** Escapes a literal for a RegExp, letting a space match any run of spaces. */
export function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** The order alt() tries its words in: longest first, then by code unit. */
export function altOrder(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** One alternation group, longest first so "memorandum of understanding" wins over "memorandum". */
export function alt(words: Iterable<string>): string {
  return altOrder(words).map(esc).join('|');
}

export interface Lexicon {
  verbs: Map<string, VerbEntry>;
  verbRe: RegExp;
  /** Agreement nouns (deal, MoU, ceasefire…). */
  dealNoun: string;
  /** Agreement nouns plus financing ones (loan, grant, package…). */
  anyDealNoun: string;
  /** What a board or cabinet approves: agreement and financing nouns, schemes, mergers, "the construction of". */
  approvalNoun: string;
  establish: Record<string, string>;
  establishRe: string;
  planRe: string;
  futureRe: string;
  /** The raw lists behind planRe and futureRe (for the sentence prefilter). */
  planVerbs: string[];
  futureMarkers: string[];
  groupRe: RegExp;
  /** The group anaphors as written, when all are lower case with single spaces: a lookup equal to groupRe on such text. */
  groupPhrases: Set<string> | null;
  /** First words (lower case) of the group anaphors: a cheap gate before groupRe. */
  groupFirst: Set<string>;
  /** Any of groupFirst as a whole run of letters in lower-cased text. */
  groupFirstRe: RegExp;
  singleRe: RegExp;
  negRe: RegExp;
  hedgeRe: RegExp;
  leadHedgeRe: RegExp;
  pastRe: RegExp;
  /** The same RegExps behind a word gate (see GatedWords): test() answers as the RegExp does. */
  single: GatedWords;
  negation: GatedWords;
  hedge: GatedWords;
  leadHedge: GatedWords;
  past: GatedWords;
  relationshipOnly: Set<string>;
  relationshipHeads: Set<string>;
  discussCues: Set<string>;
  fillerRe: string;
  /** The raw list behind fillerRe. */
  fillers: string[];
  titleWords: Set<string>;
  nominalPlans: Record<string, string>;
  nominalPlanRe: string;
  keySynonyms: Record<string, string>;
  companyNouns: Set<string>;
  /** "offered condolences", "pledged allegiance": gestures, not agreements. */
  nonDealRe: RegExp;
  /** "visit", "travel", "track down": actions that are no agreement or commitment. */
  trivialRe: RegExp;
  /** What a plan must name or do to count: an institution, money, goods, a deal. */
  planNounRe: RegExp;
  planStrongRe: RegExp;
}

let cached: Lexicon | null = null;

/** The trigger lexicon (data/agreements/triggers.json), compiled once per process. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const f = loadJsonData<TriggerFile>('agreements/triggers.json');
  const verbs = new Map<string, VerbEntry>();
  for (const v of f.verbs) for (const form of v.forms) verbs.set(form.toLowerCase(), v);
  const words = (list: string[]) => new RegExp(`(?<![\\p{L}'’-])(?:${alt(list)})(?![\\p{L}-])`, 'iu');
  const negations = f.negations.filter((n) => n !== "n't");
  const singleRe = new RegExp(`(?<![\\p{L}])(?:${alt(f.singleAnaphors)})(?![\\p{L}])`, 'iu');
  const negRe = new RegExp(`(?<![\\p{L}])(?:${alt(negations)})(?![\\p{L}])|n['’]t\\b`, 'iu');
  const hedgeRe = words(f.hedges);
  const leadHedgeRe = words(f.leadHedges);
  const pastRe = words(f.pastBackground);
  // "n't" needs an apostrophe: a text holding one is always tested.
  const apostrophe = (t: string) => t.includes("'") || t.includes('’');
  cached = {
    verbs,
    verbRe: new RegExp(`(?<![\\p{L}-])(?:${alt(verbs.keys())})(?![\\p{L}-])`, 'giu'),
    dealNoun: alt(f.dealNouns),
    anyDealNoun: alt([...f.dealNouns, ...f.financeNouns]),
    approvalNoun: alt([...f.dealNouns, ...f.financeNouns, ...f.approvalNouns, ...Object.keys(f.nominalPlans)]),
    establish: f.establishVerbs,
    establishRe: alt(Object.keys(f.establishVerbs)),
    planRe: alt(f.planVerbs),
    futureRe: alt(f.futureMarkers),
    planVerbs: f.planVerbs,
    futureMarkers: f.futureMarkers,
    groupRe: new RegExp(`^(?:${alt(f.groupAnaphors)})$`, 'i'),
    groupPhrases: f.groupAnaphors.every((a) => /^[a-z'-]+(?: [a-z'-]+)*$/.test(a)) ? new Set(f.groupAnaphors) : null,
    groupFirst: new Set(f.groupAnaphors.map((a) => a.trim().split(/\s+/)[0].toLowerCase())),
    groupFirstRe: new RegExp(`(?<![\\p{L}'’-])(?:${[...new Set(f.groupAnaphors.map((a) => a.trim().split(/\s+/)[0].toLowerCase()))].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}'’-])`, 'u'),
    singleRe,
    negRe,
    hedgeRe,
    leadHedgeRe,
    pastRe,
    single: new GatedWords(singleRe, f.singleAnaphors),
    negation: new GatedWords(negRe, negations, apostrophe),
    hedge: new GatedWords(hedgeRe, f.hedges),
    leadHedge: new GatedWords(leadHedgeRe, f.leadHedges),
    past: new GatedWords(pastRe, f.pastBackground),
    relationshipOnly: new Set(f.relationshipOnly),
    relationshipHeads: new Set(f.relationshipHeads),
    discussCues: new Set(f.discussCues),
    fillerRe: alt(f.fillers),
    fillers: f.fillers,
    titleWords: new Set(f.titleWords),
    nominalPlans: f.nominalPlans,
    nominalPlanRe: alt(Object.keys(f.nominalPlans)),
    keySynonyms: f.keySynonyms,
    companyNouns: new Set(f.companyNouns),
    trivialRe: new RegExp(`^(?:${alt(f.trivialVerbs)})(?:s|es|ed|ing)?(?![\\p{L}])`, 'iu'),
    planNounRe: new RegExp(`(?<![\\p{L}])(?:${alt(f.planNouns)})(?![\\p{L}])|[$€£¥]\\s?\\d|\\d\\s*(?:million|billion|bn|m)\\b`, 'iu'),
    planStrongRe: new RegExp(`^(?:${alt(f.planStrongVerbs)})(?![\\p{L}])`, 'iu'),
    nonDealRe: new RegExp(`^(?:(?:his|her|their|its|our|the|a|an|deep|deepest|sincere|heartfelt|full)\\s+)*(?:${alt(f.nonDealObjects)})(?![\\p{L}])`, 'iu'),
  };
  return cached;
}

/** Which status is firmer (signed > agreed > committed > planned > offered > discussed). */
export const STATUS_RANK: Record<Status, number> = { signed: 6, agreed: 5, committed: 4, planned: 3, offered: 2, discussed: 1 };

/** A lexicon-derived RegExp built on first use and kept (no per-call source string to build or hash); lastIndex reset. */
export function lazyRx(build: () => string, flags = ''): () => RegExp {
  let re: RegExp | null = null;
  return () => {
    re ??= new RegExp(build(), flags);
    re.lastIndex = 0;
    return re;
  };
}
