import type { PlaceHit } from '../lexicon/countries.js';
import { lookupPlace } from '../lexicon/countries.js';
import { placeAt } from '../people/country-at.js';
import type { PreparedInput } from '../people/context.js';
import { matchHonorific, matchRole } from '../lexicon/titles.js';
import { isNamedBody, isOrgHeadWord } from './org-kind.js';
import { isJurisdiction } from './not-org.js';
import { placeThenName, titleIntoPerson } from '../people/name-span.js';
import { opensUpper } from '../lexicon/word-shape.js';
import { OPENS_UPPER } from '../lexicon/word-info.js';

/** A place mention: word range, and what the lexicon knows of it (null for an unknown place). */
export interface PlaceMention {
  start: number;
  end: number;
  hit: PlaceHit | null;
}

/**
 * Place mentions: the tagger's LOC spans (a hyphenated pair such as "Pakistan-US" gives two
 * places), plus countries, provinces and cities from the lexicon that no PER/ORG mention
 * covers (the tagger may miss "ISLAMABAD" in a dateline) nor a person's name in `people`
 * (character spans). Demonyms are not places.
 */
export function placeMentions(
  prep: PreparedInput,
  people: readonly { start: number; end: number }[] = [],
  titleSpans: readonly { start: number; end: number }[] = [],
): PlaceMention[] {
  const { words, folds, texts } = prep.ctx.index;
  const taken = new Uint8Array(words.length);
  // with the people found, their mentions stand for the tagger's PER spans ("IGP | Punjab Usman Anwar" → "Usman Anwar")
  for (const t of people.length ? (['ORG'] as const) : (['PER', 'ORG'] as const)) {
    for (const r of prep.byType[t]) if (t !== 'ORG' || !(isJurisdiction(prep, r.start, r.end) || placeThenName(prep.ctx, r.start, r.end) !== null || titleIntoPerson(prep.ctx, r.start, r.end) !== null)) for (let k = r.start; k < r.end; k++) taken[k] = 1;
  }
  // names the people stage found ("Austin" of Lloyd Austin) are not places, whatever the lexicon says
  const spans = [...people].sort((a, b) => a.start - b.start);
  const personStart = new Uint8Array(words.length);
  for (let k = 0, i = 0; k < words.length && i < spans.length; k++) {
    while (i < spans.length && spans[i].end <= words[k].start) i++;
    if (i < spans.length && words[k].start >= spans[i].start && words[k].end <= spans[i].end) taken[k] = 1;
    if (i < spans.length && words[k].start === spans[i].start) personStart[k] = 1;
  }
  const out: PlaceMention[] = [];
  const locs = prep.byType.LOC;
  for (let li = 0; li < locs.length; li++) {
    const r = locs[li];
    for (let k = r.start; k < r.end; k++) taken[k] = 2;
    let { end } = r;
    const start = texts[r.start] === 'the' && end - r.start > 1 ? r.start + 1 : r.start;
    // "Engr", "Governor": an honorific or title word the tagger took for a place
    if (matchHonorific(folds, start, end) === end || matchRole(folds, texts, start, end)?.end === end) continue;
    // "the Nigeria Centre | for Disease Control": the opening of an organization's name
    const opensName = isOrgHeadWord(folds[end - 1]) && end - start > 1 && (folds[end] === 'for' || folds[end] === 'of') && opensUpper(texts[end + 1] ?? '');
    const tagged = spanText(prep, start, end);
    if ((opensName && !lookupPlace(tagged)) || isNamedBody(r.mention.text)) continue;
    const joined = locs[li + 1] && locs[li + 1].start === end + 1 && folds[end] === 'and' ? spanText(prep, start, locs[li + 1].end) : null;
    if (joined && lookupPlace(joined)) {
      // "Jammu | and | Kashmir": one place when the lexicon knows the whole
      end = locs[++li].end;
      for (let k = start; k < end; k++) taken[k] = 2;
    } else if (texts[end] === 'State' && (lookupPlace(`${tagged} State`) || lookupPlace(tagged)?.sense === 'subdivision')) {
      taken[end] = 2;
      end++; // "Nasarawa | State"
    }
    const text = end === r.end ? tagged : spanText(prep, start, end);
    const exact = placeAt(words, start, end);
    const whole = lookupPlace(text) ?? (exact && exact.end === end ? exact.hit : null);
    // "Minister for Science, Technology and Innovation": an unknown "place" inside a person's title
    if (!whole && titleSpans.some((t) => t.start <= words[start].start && words[end - 1].end <= t.end)) continue;
    const parts = whole ? [] : splitParts(prep, start, end);
    if (parts.length > 1) out.push(...parts);
    else out.push({ start, end, hit: whole });
  }
  for (let k = 0; k < words.length; k++) {
    // a place opens with a capital: most words are skipped before any lookup
    if (taken[k] || !(prep.ctx.index.traits[k] & OPENS_UPPER)) continue;
    const hit = placeAt(words, k);
    if (!hit || hit.hit.sense === 'demonym' || [...Array(hit.end - k).keys()].some((d) => taken[k + d])) continue;
    // "London-based", "pro-Moscow": a place inside an adjectival compound is left to the tagger
    if (!words[k].first && /^\p{Ll}/u.test(words[k - 1].text)) continue;
    if (!words[hit.end - 1].last && /^\p{Ll}/u.test(words[hit.end].text)) continue;
    const next = hit.end < words.length && words[hit.end].token !== words[hit.end - 1].token ? hit.end : -1;
    // "Islamabad High Court", "Pakistan Army": a place word opening a longer proper name is not a place mention
    if (next >= 0 && opensUpper(words[next].text) && !personStart[next] && !matchRole(folds, prep.ctx.index.texts, next) && !placeAt(words, next)) continue;
    out.push({ start: k, end: hit.end, hit: hit.hit });
    k = hit.end - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

function spanText(prep: PreparedInput, start: number, end: number): string {
  const { words } = prep.ctx.index;
  let s = words[start].text;
  for (let k = start + 1; k < end; k++) s += (words[k].token === words[k - 1].token ? '-' : ' ') + words[k].text;
  return s;
}

/** "Pakistan-US" → two places when every hyphen part is a known place. */
function splitParts(prep: PreparedInput, start: number, end: number): PlaceMention[] {
  const { words } = prep.ctx.index;
  const out: PlaceMention[] = [];
  let k = start;
  while (k < end) {
    const hit = placeAt(words, k, end);
    if (!hit || hit.hit.sense === 'demonym') return [];
    out.push({ start: k, end: hit.end, hit: hit.hit });
    k = hit.end;
  }
  return out;
}
