import type { Layers } from '../pipeline/layers.js';
import type { Entity, Person } from '../schema/article.js';
import { countryName } from '../lexicon/countries.js';
import { lookupParty, scanParties } from './party-lexicon.js';
import { heldByLonger, SpanCover } from './span-sets.js';

export interface Party {
  name: string;
  ref: string | null;
}

/** A stretch of text that names a possible party, and the party it stands for. */
export interface PartyMention {
  start: number;
  end: number;
  party: Party;
  /** A person, an organization, or a state (a country, its capital, its demonym). */
  kind: 'person' | 'org' | 'state';
  /** From the entity layers (true) or only from this extractor's own lexicon (false). */
  fromLayer: boolean;
  /** The person (people-layer id) this mention names, when it stands for that person's state. */
  person?: string;
}

type EntityLayers = Pick<Partial<Layers>, 'people' | 'organizations' | 'places' | 'entities'>;

/** Names of agreements, corridors and programmes the taggers call organizations: things, not parties. */
const THING = /\s(?:Corridor|Agreement|Accords?|Treaty|Pact|Plan|Framework|Declaration|Convention|Protocol|Charter|Summit|Dialogue|Roadmap)$|^\p{Lu}[\p{L}.]+-\p{Lu}[\p{L}.]+\s.*\s(?:Initiative|Partnership|Programme|Program|Project|Facility)$/u;

/** The state a person speaks for, when the people stage found one (affiliation or a title's country). */
export function personCountry(p: Person): string | null {
  const raw = p.affiliation?.country ?? p.titles.find((t) => t.country)?.country ?? null;
  if (!raw) return null;
  const name = /^[A-Z]{2}$/.test(raw) ? (countryName(raw) ?? raw) : raw;
  return lookupParty(name)?.name ?? name;
}

function placeState(place: Entity): string | null {
  const hit = lookupParty(place.name) ?? place.aliases.map(lookupParty).find((x) => x) ?? null;
  if (hit) return hit.name;
  if (place.kind === 'country') return place.name;
  return null;
}

/**
 * Every party-like mention in the document: the entity layers first (people → the state they
 * speak for when known, organizations, countries and capitals), then this extractor's own
 * country/organization lexicon where the layers say nothing. Sorted by position.
 */
export function collectMentions(text: string, layers: EntityLayers): PartyMention[] {
  const out: PartyMention[] = [];
  // A longer lexicon name wins over a tagger's shorter piece of it ("Democratic Republic" of Congo).
  const lexical = scanParties(text);
  const ofName = (s: number, e: number) => e - s === 7 && text.startsWith('America', s) && /\p{Lu}[\p{L}.]*\s+of\s+$/u.test(text.slice(Math.max(0, s - 24), s));
  // (scanParties' names are sorted and never overlap.)
  const cut = (s: number, e: number) => ofName(s, e) || heldByLonger(lexical, s, e);
  const places = layers.places ?? [];
  const stateRef = new Map<string, string>();
  for (const pl of places) {
    const st = placeState(pl);
    if (st && !stateRef.has(st) && (pl.kind === 'country' || lookupParty(pl.name)?.kind === 'country')) stateRef.set(st, pl.id);
  }
  const state = (name: string): Party => ({ name, ref: stateRef.get(name) ?? null });
  for (const p of layers.people ?? []) {
    const c = personCountry(p);
    for (const m of p.mentions) out.push({ start: m.start, end: m.end, party: c ? state(c) : { name: p.name, ref: p.id }, kind: c ? 'state' : 'person', fromLayer: true, person: p.id });
  }
  for (const o of layers.organizations ?? []) {
    // "the World Bank's Board of Executive Directors" acts for the World Bank.
    const owner = /^(.+?)['’]s\s/.exec(o.name);
    // "The Executive Board of the International Monetary Fund", "the Monetary Policy Committee of the State Bank of Pakistan": the institution.
    const body = !/Board|Committee|Council/.test(o.name) ? null : /^(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Board|Committee|Council)(?:\s+of\s+(?:Directors|Governors|Executive\s+Directors))?\s+of\s+(?:the\s+)?(\p{Lu}.+)$/u.exec(o.name);
    const name = lookupParty(o.name)?.name ?? (owner && lookupParty(owner[1])?.name) ?? (body && (lookupParty(body[1])?.name ?? body[1])) ?? o.name.replace(/^The\s+/, '');
    if (THING.test(o.name)) continue;
    for (const m of o.mentions) if (!cut(m.start, m.end)) out.push({ start: m.start, end: m.end, party: { name, ref: o.id }, kind: 'org', fromLayer: true });
  }
  for (const pl of places) {
    const st = placeState(pl);
    if (!st) continue;
    for (const m of pl.mentions) if (!cut(m.start, m.end)) out.push({ start: m.start, end: m.end, party: { name: st, ref: stateRef.get(st) ?? pl.id }, kind: 'state', fromLayer: true });
  }
  // Every mention so far covers its text: the entity layer's and the lexicon's fill only the gaps.
  const cover = new SpanCover(text.length);
  for (const m of out) cover.add(m);
  const covered = (s: number, e: number) => cover.overlaps(s, e);
  const keep = (m: PartyMention) => {
    out.push(m);
    cover.add(m);
  };
  for (const em of layers.entities ?? []) {
    if (covered(em.start, em.end) || cut(em.start, em.end)) continue;
    const known = lookupParty(em.text) ?? (/^(.+?)['’]s\s/.test(em.text) ? lookupParty(em.text.replace(/['’]s\s.*$/, '')) : null);
    if (known) keep({ start: em.start, end: em.end, party: known.kind === 'country' ? state(known.name) : { name: known.name, ref: null }, kind: known.kind === 'country' ? 'state' : 'org', fromLayer: true });
    else if (em.type === 'ORG' && !THING.test(em.text)) keep({ start: em.start, end: em.end, party: { name: em.text, ref: null }, kind: 'org', fromLayer: true });
    else if (em.type === 'PER') keep({ start: em.start, end: em.end, party: { name: em.text, ref: null }, kind: 'person', fromLayer: true });

  }
  for (const lm of lexical) {
    if (covered(lm.start, lm.end)) continue;
    const party = lm.entry.kind === 'country' ? state(lm.entry.name) : { name: lm.entry.name, ref: null };
    keep({ start: lm.start, end: lm.end, party, kind: lm.entry.kind === 'country' ? 'state' : 'org', fromLayer: false });
  }
  return bodyOf(text, ofState(text, out).sort((a, b) => a.start - b.start || b.end - a.end));
}

const GENERIC_BODY = /^(?:the\s+)?(?:Monetary\s+Policy\s+Committee|Executive\s+Board|Board\s+of\s+(?:Executive\s+)?(?:Directors|Governors)|Policy\s+Board|Monetary\s+Policy\s+Council|Financial\s+Policy\s+Committee)$/i;
const INSTITUTION_HEAD = /\b(?:Bank|Fund|Reserve|Authority)\b/;

/** "the Monetary Policy Committee" named on its own acts for the central bank (or fund) named before it. */
function bodyOf(text: string, out: PartyMention[]): PartyMention[] {
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if (m.kind !== 'org' || !GENERIC_BODY.test(text.slice(m.start, m.end))) continue;
    for (let j = i - 1; j >= 0 && out[j].end > m.start - 1500; j--) {
      const o = out[j];
      if (o.kind === 'org' && INSTITUTION_HEAD.test(o.party.name) && !GENERIC_BODY.test(o.party.name)) {
        m.party = o.party;
        break;
      }
    }
  }
  return out;
}

const INSTITUTION = /(?:Authority|Bank|Commission|Council|Corporation|Board|Agency|Bureau|Institute|University|Company|Service|Services|Office|Tribunal|Court|Assembly|Federation|Association|Union|Chamber|Exchange|Fund|Reserve|Administration|Directorate|Centre|Center|Committee)$/;

/** "Competition Authority" + "of Kenya": one organization, named in full, not Kenya. */
function ofState(text: string, out: PartyMention[]): PartyMention[] {
  const drop = new Set<PartyMention>();
  for (const m of out) {
    if (m.kind !== 'org' || !INSTITUTION.test(text.slice(m.start, m.end))) continue;
    const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(m.end, m.end + 12));
    if (!of) continue;
    const st = out.find((x) => x.kind === 'state' && x.start === m.end + of[0].length);
    if (!st) continue;
    const whole = text.slice(m.start, st.end);
    if (m.party.name === text.slice(m.start, m.end)) {
      // Later short mentions of the same organization ("the Competition Authority") take the full name.
      const old = m.party;
      for (const o of out) if (o.kind === 'org' && o.party.name === old.name && o.party.ref === old.ref && old.ref !== null) o.party = { name: whole, ref: old.ref };
      m.party = { name: whole, ref: old.ref };
    }
    m.end = st.end;
    drop.add(st);
  }
  return drop.size ? out.filter((x) => !drop.has(x)) : out;
}

/** Mentions inside [from, to). */
export function mentionsIn(all: PartyMention[], from: number, to: number): PartyMention[] {
  // `all` is sorted by start: binary-search the first candidate.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: PartyMention[] = [];
  for (let i = lo; i < all.length && all[i].start < to; i++) if (all[i].end <= to) out.push(all[i]);
  return out;
}
