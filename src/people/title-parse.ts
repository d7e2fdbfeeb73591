import type { TitleFact } from '../schema/article.js';
import { matchPortfolio, matchQualifier, matchRole, titleLexicon } from '../lexicon/titles.js';
import { MAY_OPEN_TITLE, PORTFOLIO_START, QUALIFIER_START, ROLE_START, SHORT_ACRONYM } from '../lexicon/word-info.js';
import { isAllCaps } from '../lexicon/normalize.js';
import { isOrgHeadWord } from '../entities/org-kind.js';
import { placeAt } from './country-at.js';
import type { WordIndex } from './words.js';
import { pickQualifier } from './qualifier-rank.js';
import { capitalizedRun, hasRoleWord, orgAfterPlace, portfolioRun, snake, taggedOrgEnd, textOf } from './title-runs.js';
import { bareTail } from './title-bare.js';
import { opensUpper } from '../lexicon/word-shape.js';

/** A title phrase found in text: word range (determiner excluded) and its structure. */
export interface ParsedTitle {
  start: number;
  end: number;
  role: string;
  domain: string;
  qualifier: string | null;
  portfolio: string | null;
  country: string | null;
  org: string | null;
}

/** Context a parse may use: organization mentions from the tagger, as word ranges by start word. */
export interface TitleContext {
  index: WordIndex;
  orgAt: ReadonlyMap<number, number>;
  /** First words of the tagger's person mentions: titles never run into them. */
  perAt?: ReadonlySet<number>;
}

/** Stretches up to this many words are checked for a role word before parsing. */
const ROLE_SCAN_WORDS = 8;
const DETERMINERS = new Set(['the', 'a', 'an']);
const ORDINAL = /^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i;
const POST_PREPS = new Set(['of', 'for', 'on', 'to', 'at', 'in']);
/** Roles whose "of X" names a portfolio rather than an organization. */
const PORTFOLIO_ROLES = new Set(['minister', 'secretary', 'cabinet_secretary', 'special_assistant', 'adviser', 'spokesperson']);

/**
 * Parses a title phrase starting at word `start`: [det] pre* ROLE post*, where pre is a
 * qualifier, country/demonym (with possessive 's), portfolio, portfolio + Ministry, or an
 * organization (acronym or tagged ORG); post is "ad interim", or of/for/to/at/in + portfolio,
 * country, organization or role. Never reads at or past `limit`.
 */
export function parseTitleAt(ctx: TitleContext, start: number, limit: number): ParsedTitle | null {
  const { words, folds, texts } = ctx.index;
  let i = start;
  if (i < limit && DETERMINERS.has(folds[i])) i++;
  if (i > start && i < limit && ORDINAL.test(texts[i])) i++; // "the 52nd Chief Justice of India"
  const first = i;
  if (!mayOpenTitle(ctx, i, limit)) return null;
  // every title holds a role: over a short stretch, looking for one costs less than a failed parse
  if (limit - i <= ROLE_SCAN_WORDS && lastRoleStart(ctx, i, limit) < 0) return null;
  const quals: string[] = [];
  let country: string | null = null;
  let portfolio: string | null = null;
  let org: string | null = null;
  let role: ReturnType<typeof matchRole> = null;
  for (let guard = 0; guard < 8 && i < limit; guard++) {
    // the lexicon tries run only where a form of theirs starts (bits of the word's lexicon record)
    const traits = ctx.index.traits[i] ?? 0;
    role = traits & ROLE_START ? matchRole(folds, texts, i, limit) : null;
    const qual = traits & QUALIFIER_START ? matchQualifier(folds, i, limit) : null;
    const port = traits & PORTFOLIO_START ? matchPortfolio(folds, texts, i, limit) : null;
    const ctry = placeAt(words, i, limit);
    const best = Math.max(role?.end ?? 0, qual?.end ?? 0, port?.end ?? 0, ctry?.end ?? 0);
    // "Chief Adviser", "Chief Economic Adviser": chief qualifies the role that follows
    const afterQual = qual && qual.end === best ? (matchPortfolio(folds, texts, best, limit)?.end ?? best) : best;
    // but "Army Chief | General Kamran Aziz": a rank after chief is a title of its own
    const qualBeforeRole = qual && qual.end === best && roleFollows(ctx, afterQual, limit) && !matchRole(folds, texts, afterQual, limit)?.sense.capitalOnly;
    if (role && role.end === best && folds[best] === "'s" && best + 1 < limit && isOrgHeadWord(folds[best + 1])) {
      // "Prime Minister's Office spokesman": the office is the organization
      org ??= textOf(ctx, i, best + 2).replace(/ 's\b/, "'s");
      i = best + 2;
      role = null;
      continue;
    }
    if (role && role.end === best && !(port && port.end === best && roleFollows(ctx, port.end, limit)) && !qualBeforeRole) break;
    role = null;
    const tagged = taggedOrgEnd(ctx, i, limit);
    let named = capitalizedRun(ctx, i, limit);
    while (named > i && named < limit && words[named].token === words[named - 1].token) named = capitalizedRun(ctx, named + 1, limit); // "Tehreek-e-Insaf"
    if (named > i && named + 3 <= limit && texts[named] === '(' && texts[named + 2] === ')' && isAcronym(texts[named + 1]) && !hasRoleWord(ctx, i, named)) {
      // "Pakistan Tehreek-e-Insaf (PTI) chairman": a body defined with its acronym
      org ??= textOf(ctx, i, named);
      i = named + 3;
      continue;
    }
    if (tagged !== undefined && tagged > best && !(ctry && ctry.end === best && ctry.hit.sense === 'demonym') && !hasRoleWord(ctx, i, tagged) && !matchQualifier(folds, tagged - 1, tagged)) {
      // "Federal Reserve Chair", "Economic Freedom Fighters leader": a tagged name longer than the lexicon word it opens with
      if (port && port.end === best && titleLexicon().portfolioHeads.has(folds[best])) portfolio ??= port.id; // "Foreign Ministry spokesperson"
      if (ctry && ctry.end === best && ctry.hit.sense !== 'city') country ??= ctry.hit.code;
      org ??= textOf(ctx, i, tagged);
      i = tagged;
      if (i < limit && folds[i] === "'s") i++;
      if (i + 2 < limit && texts[i] === '(' && texts[i + 2] === ')') i += 3; // "Dhaka Metropolitan Police (DMP) Commissioner"
      continue;
    }
    if (ctry && ctry.end === best) {
      country ??= ctry.hit.code;
      i = ctry.end;
      if (i < limit && folds[i] === "'s") i++;
    } else if (port && port.end === best) {
      const portStart = i;
      portfolio ??= port.id;
      i = port.end;
      if (i < limit && titleLexicon().portfolioHeads.has(folds[i])) {
        org ??= textOf(ctx, portStart, i + 1);
        i++;
      }
    } else if (qual && qual.end === best) {
      quals.push(qual.id);
      i = qual.end;
    } else if (ctx.orgAt.has(i)) {
      let end = taggedOrgEnd(ctx, i, limit)!;
      // the tagger's "Senate Majority" before "Leader": the qualifier belongs to the title
      while (end - 1 > i && (matchQualifier(folds, end - 1, end) || matchRole(folds, texts, end - 1, end))) end--;
      org ??= textOf(ctx, i, end);
      i = end;
      if (i < limit && folds[i] === "'s") i++;
      if (i + 2 < limit && texts[i] === '(' && texts[i + 2] === ')') i += 3;
    } else if (ctx.index.traits[i] & SHORT_ACRONYM && words[i].first && words[i].last) {
      org ??= texts[i];
      i++;
    } else return null;
  }
  if (!role) return null;
  i = role.end;
  if (role.sense.qualifier) quals.push(role.sense.qualifier);
  portfolio ??= role.sense.portfolio;
  for (let guard = 0; guard < 3 && i < limit; guard++) {
    const post = matchQualifier(folds, i, limit);
    if (post && (post.id === 'ad_interim' || post.id === 'designate') && folds[i] !== 'new') {
      quals.push(post.id);
      i = post.end;
      continue;
    }
    if (!POST_PREPS.has(folds[i])) {
      // not after words that are also names of things: "General Motors", "Major League Baseball"
      const bare = opensUpper(texts[role.end - 1]) && !role.sense.capitalOnly ? bareTail(ctx, i, limit, portfolio !== null) : null;
      if (!bare) break;
      country ??= bare.country ?? null;
      org ??= bare.org ?? null;
      portfolio ??= bare.portfolio ?? null;
      i = bare.end;
      continue;
    }
    const prep = folds[i];
    let j = i + 1;
    if (j < limit && folds[j] === 'the') j++;
    if (j >= limit) break;
    const port = prep === 'to' || prep === 'in' ? null : matchPortfolio(folds, texts, j, limit);
    const ctry = placeAt(words, j, limit);
    if (port && (!ctry || port.end >= ctry.end)) {
      if (portfolio && portfolio !== port.id) break;
      const run = portfolioRun(ctx, j, limit);
      // "Minister of Youth Development": a longer capitalized portfolio than the lexicon knows
      const list = texts.slice(port.end, run).includes(',') && texts[port.end] === ',';
      portfolio = run > port.end && opensUpper(texts[j]) && !list ? snake(textOf(ctx, j, run)) : port.id;
      i = Math.max(port.end, run);
      if (i < limit && folds[i] === 'affairs') i++;
      continue;
    }
    // "spokesman for Air France" speaks for a body; "Special Assistant on Youth Affairs" holds a portfolio
    if ((prep === 'for' || prep === 'on') && !ctry && !ctx.orgAt.has(j) && !portfolio && role.sense.role !== 'spokesperson') {
      const run = portfolioRun(ctx, j, limit);
      if (run > j) {
        portfolio = snake(textOf(ctx, j, run));
        i = run;
        continue;
      }
    }
    if (ctry) {
      if (prep === 'of' || prep === 'for') country ??= ctry.hit.code;
      // "of the Nigeria Centre for Disease Control": a name that only starts with a country is the body
      const body = prep !== 'in' ? orgAfterPlace(ctx, j, ctry.end, limit) : j;
      if (body > ctry.end) org ??= textOf(ctx, j, body);
      i = Math.max(ctry.end, body);
      continue;
    }
    if (prep === 'to' || prep === 'on') {
      const r = matchRole(folds, texts, j, limit);
      if (r && opensUpper(texts[j])) {
        i = r.end;
        continue;
      }
      break;
    }
    const tagged = ctx.orgAt.get(j);
    const orgEnd = tagged ?? capitalizedRun(ctx, j, limit);
    // "Leader of the Opposition in the Lok Sabha", "Minority Leader in Parliament": "in" only before a body
    if (orgEnd > j && (prep !== 'in' || tagged !== undefined || folds.slice(j, orgEnd).some(isOrgHeadWord))) {
      const name = textOf(ctx, j, orgEnd);
      // "Minister of Solid Minerals Development": after a portfolio-holding role an untagged run is the portfolio
      if (!portfolio && PORTFOLIO_ROLES.has(role.sense.role) && role.sense.role !== 'spokesperson' && !folds.slice(j, orgEnd).some(isOrgHeadWord) && (!tagged || !placeAt(words, j, orgEnd))) portfolio = snake(name);
      else org ??= name;
      i = orgEnd;
      continue;
    }
    break;
  }
  if (!words[first].first || !words[i - 1].last) return null;
  return {
    start: first,
    end: i,
    role: role.sense.role,
    domain: role.sense.domain,
    qualifier: pickQualifier(quals),
    portfolio,
    country,
    org,
  };
}

/** The schema shape of a parsed title, its text and evidence from the document text. */
export function titleFact(ctx: TitleContext, text: string, t: ParsedTitle): TitleFact {
  const { words } = ctx.index;
  const s = words[t.start].start;
  const e = words[t.end - 1].end;
  return {
    text: text.slice(s, e),
    role: t.role,
    qualifier: t.qualifier,
    portfolio: t.portfolio,
    country: t.country,
    org: t.org,
    evidence: { start: s, end: e, text: text.slice(s, e) },
  };
}

/**
 * The last word in [from, limit) where a role form starts (and ends by `limit`), or -1.
 * `parseTitleAt(ctx, s, limit)` finds a title only when such a word lies at or after `s`.
 */
export function lastRoleStart(ctx: TitleContext, from: number, limit: number): number {
  const { folds, texts, traits } = ctx.index;
  for (let r = limit - 1; r >= from; r--) if ((traits[r] & ROLE_START) !== 0 && matchRole(folds, texts, r, limit)) return r;
  return -1;
}

/**
 * False when no title can open at word `i`: it is neither capitalized (places, acronyms and
 * capitalized names all are) nor a tagged organization nor the first word of a role, qualifier
 * or portfolio form (the word trait `MAY_OPEN_TITLE`). Every caller tries many starts, most of them plain lowercase words.
 */
function mayOpenTitle(ctx: TitleContext, i: number, limit: number): boolean {
  if (i >= limit) return false;
  return (ctx.index.traits[i] & MAY_OPEN_TITLE) !== 0 || ctx.orgAt.has(i);
}

function roleFollows(ctx: TitleContext, i: number, limit: number): boolean {
  return matchRole(ctx.index.folds, ctx.index.texts, i, limit) !== null;
}

/** Two to six capitals or "&" (the word trait `SHORT_ACRONYM` holds the same answer per word). */
function isAcronym(text: string): boolean {
  return isAllCaps(text) && /^[\p{Lu}&]{2,6}$/u.test(text);
}
