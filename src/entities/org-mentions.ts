import type { PreparedInput } from '../people/context.js';
import { matchPortfolio, matchRole, titleLexicon } from '../lexicon/titles.js';
import { countryAt, placeAt } from '../people/country-at.js';
import { acronymAfter, expansionBefore, isAcronym } from './acronyms.js';
import { isNamedBody, isOrgHeadWord, orgKind } from './org-kind.js';
import { coversTitle, notAnOrg } from './not-org.js';
import { PhraseTrie } from '../lexicon/phrase-trie.js';
import { parseTitleAt } from '../people/title-parse.js';
import { capitalizedRun } from '../people/title-runs.js';
import { opensUpper } from '../lexicon/word-shape.js';
import { OPENS_UPPER } from '../lexicon/word-info.js';

/** An organization mention: word range; `defines` points to the mention an "(ACR)" abbreviates. */
export interface OrgMention {
  start: number;
  end: number;
  acronymOf: number | null;
}

/**
 * Organization mentions: the tagger's ORG spans (leading "the" and a possessive dropped), and
 * names defined with an acronym in brackets that the tagger missed ("Federal Investigation
 * Agency (FIA)"); the bracketed acronym becomes a mention linked to its expansion.
 */
export function orgMentions(prep: PreparedInput): OrgMention[] {
  const { index } = prep.ctx;
  const { folds, texts, words } = index;
  const out: OrgMention[] = [];
  const byEnd = new Map<number, number>();
  const taken = new Uint8Array(index.words.length);
  for (const t of ['PER', 'LOC'] as const) for (const r of prep.byType[t]) for (let k = r.start; k < r.end; k++) taken[k] = 1;
  const push = (m: OrgMention) => {
    out.push(m);
    for (let k = m.start; k < m.end; k++) taken[k] = 2;
    return out.length - 1;
  };
  const locByEnd = new Map(prep.byType.LOC.map((r) => [r.end, r.start]));
  const onePer = new Set(prep.byType.PER.filter((r) => r.end - r.start === 1).map((r) => texts[r.start]));
  for (const r of prep.byType.ORG) {
    let { start, end } = r;
    if (texts[start] === 'the' && end - start > 1) start++;
    if (notAnOrg(prep, start, end, onePer)) continue;
    // "Prime Minister's | Office": an office named after its holder
    if (isOrgHeadWord(folds[start]) && folds[start - 1] === "'s") {
      for (let r = Math.max(0, start - 5); r < start - 1; r++) if (matchRole(folds, texts, r, start - 1)?.end === start - 1 && opensUpper(texts[r])) {
        start = r;
        break;
      }
    }
    // the tagger's "Federal Board of | Revenue": a name cut after its connector
    if ((folds[end - 1] === 'of' || folds[end - 1] === 'for') && opensUpper(texts[end] ?? '')) end = Math.max(end, capitalizedRun(prep.ctx, end, words.length));
    // "the Nigeria Centre (LOC) | for Disease Control (ORG)": one name
    const locStart = (folds[start - 1] === 'for' || folds[start - 1] === 'of') ? locByEnd.get(start - 1) : undefined;
    if (locStart !== undefined && isOrgHeadWord(folds[start - 2])) start = locStart;
    const prev = out[out.length - 1];
    if (prev && prev.end > start) continue;
    if (prev && isOrgHeadWord(folds[prev.end - 1]) && joinedBy(folds, prev.end, start)) {
      // the tagger split "Ministry | of the | Interior": one name
      byEnd.delete(prev.end);
      prev.end = end;
      for (let k = prev.start; k < end; k++) taken[k] = 2;
      byEnd.set(end, out.length - 1);
      continue;
    }
    while (end - start > 1 && isTitleWord(prep, end - 1) && (parseTitleAt(prep.ctx, end - 1, Math.min(words.length, end + 6))?.end ?? 0) > end) end--; // "Senate | Majority Leader"
    if (onlyTitleWords(prep, start, end)) continue; // "Interior", "Federal": title words, not a name
    end = withPortfolio(prep, start, end);
    // "Central Bank | of | Sri Lanka": a body named after its country
    const of = isOrgHeadWord(folds[end - 1]) && folds[end] === 'of' && orgKind(texts.slice(start, end).join(' ')) !== 'company' ? placeAt(words, end + 1) : null;
    if (of && of.hit.sense !== 'demonym' && !prep.byType.ORG.some((o) => o.start === end + 1)) end = of.end;
    byEnd.set(end, push({ start, end, acronymOf: null }));
  }
  // "White House", "Pentagon" tagged as places: the lexicon knows them as bodies
  for (const r of prep.byType.LOC) if (isNamedBody(r.mention.text) && !taken.slice(r.start, r.end).includes(2)) byEnd.set(r.end, push({ start: r.start, end: r.end, acronymOf: null }));
  // "the US embassy", "the British High Commission": a country's mission, however it is cased
  const isLoc = new Uint8Array(index.words.length);
  for (const r of prep.byType.LOC) for (let k = r.start; k < r.end; k++) isLoc[k] = 1;
  const free = (k: number) => !taken[k] || (isLoc[k] && taken[k] === 1); // a tagged country may open the name
  for (let k = 0; k < texts.length; k++) {
    // a country name opens with a capital: most words are skipped before any lookup
    const c = index.traits[k] & OPENS_UPPER && free(k) ? countryAt(index.words, k) : null;
    if (!c) continue;
    let e = c.end;
    if (folds[e] === "'s") e++;
    const head = MISSIONS.longest(folds, e);
    if (head && [...Array(head.end - k).keys()].every((d) => free(k + d))) push({ start: k, end: head.end, acronymOf: null });
    k = (head?.end ?? c.end) - 1;
  }
  for (let k = 0; k < texts.length; k++) {
    if (texts[k] !== '(' || !isAcronym(texts[k + 1] ?? '') || texts[k + 2] !== ')') continue;
    const end = folds[k - 1] === "'s" ? k - 1 : k;
    if (acronymAfter(index, end) !== k + 1) continue;
    let owner = byEnd.get(end);
    if (owner === undefined && !taken[end - 1]) {
      const s = expansionBefore(index, end, texts[k + 1]);
      // only an organization's name: "Federal Investigation Agency (FIA)", not "Test Ban Treaty (CTBT)"
      const named = s >= 0 && folds.slice(s, end).some(isOrgHeadWord) && !coversTitle(prep, s, end);
      if (named && ![...Array(end - s).keys()].some((d) => taken[s + d])) owner = push({ start: s, end, acronymOf: null });
    }
    if (owner === undefined) continue;
    const existing = out.findIndex((m) => m.start === k + 1);
    if (existing >= 0) out[existing].acronymOf = owner;
    else if (!taken[k + 1]) push({ start: k + 1, end: k + 2, acronymOf: owner });
  }
  return out;
}

/** Words between two mentions that join them into one name: "of", "of the", "for". */
function joinedBy(folds: readonly string[], from: number, to: number): boolean {
  // folds hold no spaces: the words between are exactly of/for, then at most "the"
  if (to - from < 1 || to - from > 2 || (folds[from] !== 'of' && folds[from] !== 'for')) return false;
  return to - from === 1 || folds[from + 1] === 'the';
}

/**
 * A mention that is part of a title, not an organization: qualifier or portfolio words next to
 * a role ("Federal | Secretary", "Secretary of the | Interior", "Interior | Minister"), or a
 * place naming a government office ("Lagos State | Governor").
 */
function onlyTitleWords(prep: PreparedInput, start: number, end: number): boolean {
  const { folds, texts, words } = prep.ctx.index;
  const lex = titleLexicon();
  const title = parseTitleAt(prep.ctx, start, Math.min(words.length, end + 8));
  const roleAfter = title && title.end > end ? title : null;
  let b = start - 1;
  if (folds[b] === 'the') b--;
  let roleBefore = false;
  let portfolioRole = false;
  if (folds[b] === 'of' || folds[b] === 'for' || folds[b] === 'on') {
    for (let r = Math.max(0, b - 3); r < b; r++) {
      const hit = matchRole(folds, texts, r, b);
      if (hit?.end !== b) continue;
      roleBefore = true;
      portfolioRole ||= PORTFOLIO_ROLES.has(hit.sense.role);
    }
  }
  // "Minister of Solid Minerals Development": after a portfolio-holding role a name without an organization head is the portfolio
  if (portfolioRole && !placeAt(words, start, end) && !folds.slice(start, end).some(isOrgHeadWord) && !texts.slice(start, end).some(isAcronym)) return true;
  const place = placeAt(words, start, end);
  if (place && place.end === end) return !!roleAfter && STATE_DOMAINS.has(roleAfter.domain);
  if (end - start === 1 && matchRole(folds, texts, start, end)) return true; // "CS", "Governor"
  let titleWords = true;
  for (let k = start; k < end && titleWords; k++) {
    titleWords = isTitleWord(prep, k) || countryAt(words, k, k + 1) !== null || ['of', 'the', 'and', ','].includes(folds[k]);
    if (!titleWords || (end - start > 1 && (isOrgHeadWord(folds[k]) || isAcronym(texts[k])))) return false;
  }
  return titleWords && (!!roleAfter || roleBefore);
}

const MISSIONS = new PhraseTrie<true>();
for (const f of ['embassy', 'high commission', 'consulate', 'consulate general', 'mission']) MISSIONS.add(f.split(' '), true);

const PORTFOLIO_ROLES = new Set(['minister', 'secretary', 'cabinet_secretary', 'special_assistant', 'adviser', 'commissioner', 'permanent_secretary']);

const STATE_DOMAINS = new Set(['government', 'legislature', 'police', 'judicial', 'military', 'diplomatic']);

/** "Ministry of Interior" when the tagger stopped at "Ministry": extend a head word by of/for + portfolio. */
function withPortfolio(prep: PreparedInput, start: number, end: number): number {
  const { folds, texts } = prep.ctx.index;
  if (!isOrgHeadWord(folds[end - 1]) || (folds[end] !== 'of' && folds[end] !== 'for')) return end;
  const j = folds[end + 1] === 'the' ? end + 2 : end + 1;
  const port = opensUpper(texts[j] ?? '') ? matchPortfolio(folds, texts, j) : null;
  return port ? port.end : end;
}

/** A qualifier, portfolio or one-word role ("Federal", "Interior", "Majority"). */
function isTitleWord(prep: PreparedInput, k: number): boolean {
  const { folds, texts } = prep.ctx.index;
  const lex = titleLexicon();
  return lex.titleWords.has(folds[k]) || lex.portfolioWords.has(folds[k]) || matchPortfolio(folds, texts, k, k + 1) !== null;
}
