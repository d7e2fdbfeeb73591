import type { Entity } from '../schema/article.js';
import { foldWords } from '../lexicon/normalize.js';
import { isExcluded, prepare, type MentionInput, type PreparedInput } from '../people/context.js';
import { placeAt } from '../people/country-at.js';
import { initialsOf, isAcronym } from './acronyms.js';
import { distinct } from './extract-places.js';
import { isInternational, knownBodyCountry, orgKind } from './org-kind.js';
import { orgMentions, type OrgMention } from './org-mentions.js';
import { sweepForms } from './sweep-forms.js';
import { preferredForm } from './surface.js';

/** Kinds that belong to a state: without a country in the name they take the article's home country. */
const STATE_KINDS = new Set(['government', 'ministry', 'department', 'agency', 'force', 'police', 'legislature', 'court']);

interface Group {
  forms: string[];
  keys: Set<string>;
  acronyms: Set<string>;
  mentions: { start: number; end: number }[];
}

/**
 * Organizations of one article: tagger ORG mentions and bracket-defined acronyms, grouped so
 * that "Anti-Narcotics Force (ANF)" and later "ANF" are one entity (aliases ["ANF"]), then
 * every further exact occurrence of a known name or acronym added as a mention. Kind from the
 * head word, country from a place in the name or, for state bodies, the article's home country.
 */
export function extractOrganizations(input: MentionInput, contextCountry: string | null = null, prepared?: PreparedInput): Entity[] {
  const prep = prepared ?? prepare(input);
  const { words, texts } = prep.ctx.index;
  const found = orgMentions(prep);
  const groups: Group[] = [];
  const lookup: Lookup = { byKey: new Map(), byAcronym: new Map(), byInitials: new Map() };
  const groupOf = new Map<number, Group>();
  const order = found.map((_, i) => i).sort((a, b) => found[a].start - found[b].start);
  for (const i of order) {
    const m = found[i];
    const text = surface(input.text, prep, m);
    const key = foldWords(text).join(' '); // the group key, computed once per mention
    const g = (m.acronymOf !== null ? groupOf.get(m.acronymOf) : undefined) ?? findGroup(lookup, text, key, texts.slice(m.start, m.end));
    const target = g ?? { forms: [], keys: new Set<string>(), acronyms: new Set<string>(), mentions: [] };
    if (!g) groups.push(target);
    add(lookup, target, text, key, m);
    groupOf.set(i, target);
  }
  const taken = new Uint8Array(words.length);
  for (const t of ['PER', 'LOC', 'ORG'] as const) for (const r of prep.byType[t]) for (let k = r.start; k < r.end; k++) taken[k] = 1;
  for (const g of groups) for (const m of g.mentions) for (let k = m.start; k < m.end; k++) taken[k] = 1;
  const swept = sweepForms(
    prep.ctx.index,
    groups.map((g) => distinct(g.forms).filter((f) => isAcronym(f) || foldWords(f).length >= 2)),
    taken,
  );
  groups.forEach((g, i) => g.mentions.push(...swept[i]));
  const entities = groups
    .map((g) => ({ g, mentions: g.mentions.filter((m) => !isExcluded(input.excluded, words[m.start].start, words[m.end - 1].end)).sort((a, b) => a.start - b.start) }))
    .filter((x) => x.mentions.length > 0)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return entities.map(({ g, mentions }, i) => {
    const full = g.forms.filter((f) => !isAcronym(f));
    const name = full.length ? preferredForm(full) : g.forms[0];
    const kind = orgKind(name) ?? (full.length ? null : orgKind(g.forms[0]));
    return {
      id: `o${i + 1}`,
      name,
      aliases: distinct(g.forms).filter((f) => f !== name),
      kind,
      country: isInternational(name) ? null : (knownBodyCountry(name) ?? countryInName(prep, mentions) ?? (kind && STATE_KINDS.has(kind) ? contextCountry : null)),
      mentions: mentions.map((m) => ({ start: words[m.start].start, end: words[m.end - 1].end, text: input.text.slice(words[m.start].start, words[m.end - 1].end) })),
    };
  });
}

/** Indexes over the groups so that each mention finds its group in constant time. */
interface Lookup {
  byKey: Map<string, Group>;
  byAcronym: Map<string, Group>;
  /** Initials of full names ("ANF" for "Anti-Narcotics Force"). */
  byInitials: Map<string, Group>;
}

function findGroup(lookup: Lookup, text: string, key: string, wordTexts: string[]): Group | undefined {
  if (isAcronym(text)) return lookup.byAcronym.get(text) ?? lookup.byKey.get(key) ?? lookup.byInitials.get(text);
  const byKey = lookup.byKey.get(key);
  if (byKey) return byKey;
  // a full name after its acronym alone: "FIA … the Federal Investigation Agency"
  const initials = initialsOf(wordTexts);
  const g = initials.length >= 2 ? lookup.byAcronym.get(initials) : undefined;
  return g && g.forms.every(isAcronym) ? g : undefined;
}

function add(lookup: Lookup, g: Group, text: string, key: string, m: OrgMention): void {
  g.forms.push(text);
  g.keys.add(key);
  if (!lookup.byKey.has(key)) lookup.byKey.set(key, g);
  if (isAcronym(text)) {
    g.acronyms.add(text);
    if (!lookup.byAcronym.has(text)) lookup.byAcronym.set(text, g);
  } else {
    const initials = initialsOf(splitWords(text));
    if (initials.length >= 2 && !lookup.byInitials.has(initials)) lookup.byInitials.set(initials, g);
  }
  g.mentions.push({ start: m.start, end: m.end });
}

function splitWords(text: string): string[] {
  return text.split(/[\s\-–]+/).filter(Boolean);
}

function surface(text: string, prep: PreparedInput, m: { start: number; end: number }): string {
  const { words } = prep.ctx.index;
  return text.slice(words[m.start].start, words[m.end - 1].end);
}

function countryInName(prep: PreparedInput, mentions: readonly { start: number; end: number }[]): string | null {
  const { words } = prep.ctx.index;
  for (const m of mentions) for (let k = m.start; k < m.end; k++) {
    const hit = placeAt(words, k, m.end);
    if (hit) return hit.hit.code;
  }
  return null;
}
