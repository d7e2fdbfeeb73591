import { matchHonorific, matchRole, titleLexicon } from '../lexicon/titles.js';
import { isOrgHeadWord, orgKind } from '../entities/org-kind.js';
import { placeAt } from './country-at.js';
import { isAllCaps } from '../lexicon/normalize.js';
import { cleanNameSpan, isLexiconWord, isNameWord, nameRun, PARTICLES, placeThenName, titleIntoPerson } from './name-span.js';
import { lastRoleStart, parseTitleAt, type TitleContext } from './title-parse.js';
import { isTitleCased } from './title-case.js';
import { opensUpper } from '../lexicon/word-shape.js';
import { HONORIFIC_START, OPENS_UPPER_LOWER, ROLE_START } from '../lexicon/word-info.js';

/** A mention of a person's name: word ranges into the word index. */
export interface NameMention {
  /** The name proper (no honorific, no title). */
  start: number;
  end: number;
  /** Start of the mention span: the honorific when there is one ("Mr Naqvi"). */
  spanStart: number;
  sentence: number;
  /** Where it came from: the tagger, an honorific/title rule, or the surname sweep. */
  source: 'tagger' | 'rule' | 'sweep';
}

export interface WordRange {
  start: number;
  end: number;
}

/**
 * Person-name mentions of a document: the tagger's PER spans, cleaned of titles and
 * honorifics, plus names the tagger missed after an honorific ("Ms Baker") or a capitalized
 * role word ("Minister Naqvi"). `blocked` marks words inside ORG/LOC/MISC mentions.
 */
export function collectNameMentions(
  ctx: TitleContext,
  sentences: readonly WordRange[],
  per: readonly WordRange[],
  blocked: Uint8Array,
): NameMention[] {
  const out: NameMention[] = [];
  const covered = new Uint8Array(ctx.index.words.length);
  let si = 0;
  const sentenceOf = (w: number) => {
    while (si + 1 < sentences.length && sentences[si].end <= w) si++;
    while (si > 0 && sentences[si].start > w) si--;
    return si;
  };
  const orgBefore = new Map<number, number>();
  for (const [os, oe] of ctx.orgAt) orgBefore.set(oe, os);
  for (const p of joinParticles(ctx, per, (a, b) => sentenceOf(a) === sentenceOf(b))) {
    const os = orgBefore.get(p.start);
    const into = os === undefined ? null : titleIntoPerson(ctx, os, p.start);
    if (into !== null) p.start = into; // "DC Lahore Rafia | Haider"
    const sentence = sentenceOf(p.start);
    // "Syed | Murad Ali Shah": a name-opening word the tagger left out
    if (p.start > sentences[sentence].start && titleLexicon().namePrefixes.has(ctx.index.folds[p.start - 1]) && opensUpper(ctx.index.texts[p.start - 1])) p.start--;
    else if (givenNameBefore(ctx, p, sentences[sentence].start, blocked)) p.start--;
    const clean = cleanNameSpan(ctx, titleInto(ctx, p, sentences[sentence].start), p.end);
    if (!clean) continue;
    // "Elliott Management", "Acme Holdings": a company the tagger took for a person
    if (clean.end - clean.start >= 2 && isOrgHeadWord(ctx.index.folds[clean.end - 1]) && orgKind(ctx.index.texts.slice(clean.start, clean.end).join(' ')) === 'company') continue;
    let spanStart = clean.spanStart;
    const h = honorificBefore(ctx, clean.spanStart, sentences[sentence].start);
    if (h !== null) spanStart = h;
    out.push({ start: clean.start, end: clean.end, spanStart, sentence, source: 'tagger' });
    for (let k = p.start; k < p.end; k++) covered[k] = 1;
  }
  // the tagger's organizations that are a place and a name ("Uttar Pradesh Yogi Adityanath"), or a
  // one-word name it tags as a person elsewhere, right after a title ("Chief Minister Siddaramaiah")
  const onePer = new Set(per.filter((p) => p.end - p.start === 1).map((p) => ctx.index.texts[p.start]));
  for (const [os, oe] of ctx.orgAt) {
    const named = placeThenName(ctx, os, oe) ?? (oe - os === 1 && onePer.has(ctx.index.texts[os]) && os > 0 && matchRole(ctx.index.folds, ctx.index.texts, os - 1, os) ? os : null);
    if (named === null || covered[named]) continue;
    out.push({ start: named, end: oe, spanStart: named, sentence: sentenceOf(named), source: 'rule' });
    for (let q = named; q < oe; q++) covered[q] = 1;
  }
  for (let s = 0; s < sentences.length; s++) {
    const { start, end } = sentences[s];
    if (isTitleCased(ctx.index, sentences[s])) continue; // headlines: every word is capitalized
    for (let k = start; k < end; k++) {
      const traits = ctx.index.traits[k];
      if (covered[k] || blocked[k] || !(traits & OPENS_UPPER_LOWER)) continue; // not in ALL-CAPS headlines
      if (!(traits & (HONORIFIC_START | ROLE_START))) continue; // neither an honorific nor a role opens here
      const h = matchHonorific(ctx.index.folds, k, end);
      const r = h === null ? matchRole(ctx.index.folds, ctx.index.texts, k, end) : null;
      let after = h ?? r?.end ?? null;
      if (after === null) continue;
      // "Chief Economic Adviser V. Anantha Nageswaran": the whole title comes before the name
      const whole = r ? parseTitleAt(ctx, k, end) : null;
      if (whole && whole.end > after) after = whole.end;
      let runEnd = nameRun(ctx, after, end, 4);
      if (runEnd === after && r) {
        // "the Minister of the Interior, Mohin Naqvi": a full title, a comma, then a two-word name
        const t = whole;
        if (t && ctx.index.texts[t.end] === ',') {
          const e = nameRun(ctx, t.end + 1, end, 4);
          if (e - (t.end + 1) >= 2) [after, runEnd] = [t.end + 1, e];
        }
      }
      for (let q = after; q < runEnd; q++) {
        if (covered[q] || blocked[q] || isAllCaps(ctx.index.texts[q])) {
          runEnd = q;
          break;
        }
      }
      if (runEnd <= after || !ctx.index.words[runEnd - 1].last) continue;
      if (covered[runEnd]) continue; // "Chief Accountant | Natalya Sypron": the run is part of the title
      out.push({ start: after, end: runEnd, spanStart: h === null ? after : k, sentence: s, source: 'rule' });
      for (let q = k; q < runEnd; q++) covered[q] = 1;
      k = runEnd - 1;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const CALENDAR = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * "nominated Cassiel | Ato Forson": a capitalized word right before the tagger's two-word name,
 * after a lowercase word, that is no title, place, date or other mention, is the given name.
 */
function givenNameBefore(ctx: TitleContext, p: WordRange, sStart: number, blocked: Uint8Array): boolean {
  const { texts, words, folds } = ctx.index;
  const k = p.start - 1;
  if (k <= sStart || p.end - p.start < 2 || blocked[k] || !words[k].last || !isNameWord(ctx, k) || isLexiconWord(ctx, k)) return false;
  if (!/^\p{Ll}/u.test(texts[k - 1]) || isAllCaps(texts[k]) || CALENDAR.test(texts[k]) || placeAt(words, k, k + 1) || matchHonorific(folds, k, k + 1) !== null) return false;
  // "Board of | Revenue Rashid": after of/for/and the word belongs to a name of a body
  return !PARTICLES.has(folds[k - 1]) && !ORG_GLUE.has(folds[k - 1]) && !titleLexicon().portfolioWords.has(folds[k]) && !isOrgHeadWord(folds[k]);
}

const ORG_GLUE = new Set(['of', 'for', 'and', 'the', '&', 'on']);

/** "Mohammed | bin | Rashid Al Maktoum", "Lee | Jae-myung": tagger spans split inside a name are one name. */
function joinParticles(ctx: TitleContext, per: readonly WordRange[], sameSentence: (a: number, b: number) => boolean): WordRange[] {
  const out: WordRange[] = [];
  for (const p of per) {
    const last = out[out.length - 1];
    // "Lee | Jae-myung": two person spans side by side are one name
    const joined = last && (p.start === last.end || (p.start === last.end + 1 && PARTICLES.has(ctx.index.texts[last.end])));
    if (joined && sameSentence(last.start, p.start)) out[out.length - 1] = { start: last.start, end: p.end };
    else out.push({ start: p.start, end: p.end });
  }
  return out;
}

/**
 * Where the name starts when a title that begins before the tagger's span runs into it
 * ("Special Initiatives Ahsan Iqbal", "Punjab Usman Anwar" after "IGP"): the end of the
 * longest such title, keeping at least two name words; else the span's start.
 */
function titleInto(ctx: TitleContext, p: WordRange, sStart: number): number {
  let best = p.start;
  if (p.end - p.start < 3 || p.start <= sStart) return best;
  const { words } = ctx.index;
  // the title may take the span's first word or two, never run on into the name
  for (let into = 1; into <= 2 && best === p.start && p.start + into < p.end - 1; into++) {
    const loose: TitleContext = { index: ctx.index, orgAt: ctx.orgAt, perAt: new Set([p.start + into]) };
    // a title holds a role: no start after the last role word can parse
    const from = Math.max(sStart, p.start - 12);
    for (let s = Math.min(p.start - 1, lastRoleStart(ctx, from, p.start + into)); s >= from; s--) {
      const t = parseTitleAt(loose, s, p.start + into);
      const tokensLeft = words[p.end - 1].token - words[t?.end ?? p.end - 1].token + 1; // "Alexandria Ocasio-Cortez" keeps its given name
      if (t && t.end > best && tokensLeft >= 2 && opensUpper(ctx.index.texts[t.end]) && knownWords(ctx, p.start, t.end)) best = t.end;
    }
  }
  return best;
}

/** Title words that may open a tagger's span by mistake: places, portfolio and organization words. */
function knownWords(ctx: TitleContext, from: number, to: number): boolean {
  const { folds, words } = ctx.index;
  const lex = titleLexicon();
  for (let k = from; k < to; ) {
    const place = placeAt(words, k, to);
    if (place && place.hit.sense !== 'demonym') k = place.end;
    else if (lex.portfolioWords.has(folds[k]) || lex.titleWords.has(folds[k]) || isOrgHeadWord(folds[k]) || folds[k] === 'and') k++;
    else return false;
  }
  return true;
}

/** The honorific right before a name ("Mr" in "Mr Naqvi") when the tagger left it out of the span. */
export function honorificBefore(ctx: TitleContext, start: number, sStart: number): number | null {
  for (let k = Math.max(sStart, start - 3); k < start; k++) {
    const end = matchHonorific(ctx.index.folds, k, start);
    // "Engr. Simon": the abbreviation's dot may be a word of its own
    if ((end === start || (end === start - 1 && ctx.index.texts[end] === '.')) && opensUpper(ctx.index.texts[k])) return k;
  }
  return null;
}
