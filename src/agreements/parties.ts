import { lexicon } from './lexicon.js';
import type { Party, PartyMention } from './mentions.js';
import { mentionsIn } from './mentions.js';
import { words } from './region-words.js';

/** What a stretch of a sentence says about who acts. */
export interface RegionParties {
  parties: Party[];
  /** "both sides", "the two countries", "they": the sides in context. */
  readonly group: boolean;
  /** "he", "the minister", "the government": one actor in context. */
  readonly single: boolean;
}

/** Words after which a place is where something happened, not who did it. */
const PEOPLE_FROM = /\b(?:officials|ministers|delegations?|representatives|leaders|envoys|diplomats|negotiators|counterparts|teams?|companies|firms)\s+from\s+(?:the\s+)?$/i;
const LOCATIVE = /(?:^|\s)(?:in|at|near|from|across|within|inside|outside|into|towards?|to|via|through|over|on|for|against)\s+(?:the\s+)?$/i;
const STOP_CAPS = new Set(
  'The A An During On In At According Both They It He She This That These Those Officials Official Government Authorities Leaders Delegations Participants Sources Meanwhile However Earlier Later Also Separately Today Yesterday Under After Before Following Speaking Talking While When Where Later Its Their His Her Our We I You Meeting Talks Ministry Cabinet Parliament Board Company Minister Ministers Ambassador Officers Mr Ms Mrs Dr Sir Both Two Each Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Joint Federal National Interior Foreign And Of For With Following Separately Additionally Moreover Furthermore Meanwhile Last Next Prime President Secretary Chief Acting'.split(' '),
);

/** Government bodies that act for their state ("China's Commerce Ministry"). */
const STATE_BODY = /\b(?:Ministry|Ministries|Government|Cabinet|Treasury|Exchequer|Finance Division|Office|Embassy|High Commission|Consulate|Army|Navy|Air Force|Armed Forces|Military|Police|Parliament|Senate|Congress|Assembly|Presidency|Department|Secretariat|Coast Guard|Central Bank)\b/;

const UPPER_FIRST = /^\p{Lu}/u;
/** Starts with an upper-case letter (ASCII answered without the RegExp). */
const isCap = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(w);
};
/** A word without its possessive and a final dot or comma (most words end otherwise: returned as they are). */
const bare = (w: string) => {
  const last = w.charCodeAt(w.length - 1);
  return last !== 115 && last !== 46 && last !== 44 ? w : w.replace(/['’]s$/, '').replace(/[.,]$/, '');
};

/** Adds a party unless one of that name is already there. */
export function addParty(list: Party[], p: Party): void {
  const lower = p.name.toLowerCase();
  if (!list.some((x) => x.name === p.name || x.name.toLowerCase() === lower)) list.push(p);
}

/**
 * The parties named in text[from, to): entity-layer and lexicon mentions (not places where
 * something happened), titled people the layers missed ("Interior Minister X" → the home
 * state when one is known; "US Ambassador Y" → the United States), capitalised names as a
 * last resort, and group/single anaphors for the caller to resolve.
 */
export function partiesIn(text: string, from: number, to: number, all: PartyMention[], home: Party | null, keepRelatives = false, partiesOnly = false): RegionParties {
  const lex = lexicon();
  const parties: Party[] = [];
  const rel = keepRelatives ? [] : relativeClauses(text, from, to);
  const inRel = (pos: number) => rel.some(([a, b]) => pos >= a && pos < b);
  const locative = (m: PartyMention) => {
    const before = text.slice(Math.max(from, m.start - 40), m.start);
    return LOCATIVE.test(before.slice(-14)) && !PEOPLE_FROM.test(before);
  };
  const lex0 = lexicon();
  let company = false;
  // "the Japanese automaker" is a company, not Japan; "the World Bank's Board" is the World Bank.
  const modifier = (m: PartyMention) => {
    // "U.S. oil major Chevron", "the Japanese automaker": a state word describing a company.
    const next = /^\s+((?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}'’-]+)/u.exec(text.slice(m.end, m.end + 40));
    if (next && m.kind === 'state' && next[1].split(/\s+/).some((w) => lex0.companyNouns.has(w))) {
      const determined = /\b(?:the|a|an|this)\s+$/i.test(text.slice(Math.max(from, m.start - 6), m.start));
      const named = all.some((x) => x.kind === 'org' && x.start >= m.end + next[0].length && x.start <= m.end + next[0].length + 2);
      if (determined || named) return (company = true);
    }
    if (!/['’]s\s+$/.test(text.slice(Math.max(from, m.start - 4), m.start)) || m.kind !== 'org') return false;
    const ownerMention = all.find((x) => x.end <= m.start && x.end >= m.start - 4 && x.kind !== 'person');
    // "China's Commerce Ministry" acts for China; "Malaysia's Petronas" is the company itself.
    return !!ownerMention && (ownerMention.kind === 'org' || STATE_BODY.test(text.slice(m.start, m.end)));
  };
  const inRegion = mentionsIn(all, from, to);
  const found = inRegion.filter((m) => !inRel(m.start)).filter((m) => !modifier(m)).filter((m) => !locative(m) && !titleOnly(text.slice(m.start, m.end)));
  // "Nigeria's state oil company NNPC": the company is the party, not Nigeria.
  const owner = (m: PartyMention) => m.kind === 'state' && found.some((x) => x.kind === 'org' && x.start > m.end && x.start - m.end < 40
    && /^['’]s\s+(?:(?!and\b|or\b|with\b)[\p{Ll}-]+\s+){0,4}$/u.test(text.slice(m.end, x.start)));
  // "Malaysia's Petronas": a name the taggers missed after a state's possessive is the party.
  const ownedName = (m: PartyMention): Party | null => {
    if (m.kind !== 'state') return null;
    const n = /^['’]s\s+((?:\p{Lu}[\p{L}\d&'’-]*)(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,3})/u.exec(text.slice(m.end, Math.min(to, m.end + 60)));
    if (!n || lex.titleWords.has(bare(n[1].split(/\s+/)[0])) || STOP_CAPS.has(bare(n[1].split(/\s+/)[0]))) return null;
    const at = m.end + n[0].length - n[1].length;
    if (all.some((x) => x.start < at + n[1].length && at < x.end)) return null;
    return { name: n[1].replace(/['’]s$/, ''), ref: null };
  };
  for (const m of found) {
    if (owner(m)) continue;
    const named = ownedName(m);
    if (named) { addParty(parties, named); continue; }
    const p = m.kind === 'person' ? titledPerson(text, from, m, found, home) : m.party;
    if (p) addParty(parties, p);
  }
  const taken = (s: number, e: number) => inRegion.some((m) => m.start < e && s < m.end);
  const ws = words(text, from, to);
  const fallbackNames: Party[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!isCap(ws[i].text) || taken(ws[i].start, ws[i].end) || inRel(ws[i].start)) continue;
    if (STOP_CAPS.has(bare(ws[i].text)) && !lex.titleWords.has(bare(ws[i].text))) continue;
    // A run of title words, then a capitalised name.
    let j = i;
    while (j < ws.length && lex.titleWords.has(bare(ws[j].text))) j++;
    let k = j;
    while (k < ws.length && isCap(ws[k].text) && !lex.titleWords.has(bare(ws[k].text)) && !taken(ws[k].start, ws[k].end) && k - j < 4) k++;
    if (k === j) continue;
    const name = text.slice(ws[j].start, ws[k - 1].end).replace(/['’]s$/, '').replace(/[.,]$/, '');
    if (j > i) {
      const p = titledPerson(text, from, { start: ws[j].start, end: ws[k - 1].end, party: { name, ref: null }, kind: 'person', fromLayer: false }, found, home);
      if (p) addParty(parties, p);
    } else if (/(?:^|\b(?:between|by|with|and)\s+|,\s*)(?:the\s+)?$/i.test(text.slice(from, ws[i].start).trimStart())
      // A lone capitalised word opening a sentence ("Usually", "Construction") is no name.
      && !(k - j === 1 && /ly$/.test(bare(ws[i].text)))
      && !(k - j === 1 && /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, ws[i].start - 4), ws[i].start)) && /^\s+\p{Ll}/u.test(text.slice(ws[i].end, ws[i].end + 3))
        // "Mubadala and the US firm MGX": a name coordinated with another side is a name.
        && !/^\s+and\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}\p{Lu}/u.test(text.slice(ws[i].end, ws[i].end + 40)))) {
      addParty(fallbackNames, { name, ref: null });
    }
    i = k - 1;
  }
  // Capitalised names the taggers missed count when nothing else names a party, or when they
  // are coordinated with one ("Microsoft and OpenAI").
  for (const p of fallbackNames) {
    const at = text.indexOf(p.name, from);
    const coordinated = /\band\s+(?:the\s+)?$|,\s*$/.test(text.slice(Math.max(from, at - 9), at)) || /^\s+and\b/.test(text.slice(at + p.name.length, at + p.name.length + 5));
    if (parties.length === 0 || (coordinated && parties.length < 3)) addParty(parties, p);
  }
  // A caller that reads only the parties skips the anaphor checks below (they never change the parties).
  if (partiesOnly) return { parties, group: false, single: false };
  // The anaphor checks run only when the caller asks (most callers stop at the parties).
  const region = text.slice(from, to);
  let group: boolean | undefined;
  let single: boolean | undefined;
  return {
    parties,
    get group() {
      return (group ??= groupPhrase(region));
    },
    get single() {
      if (single === undefined) {
        const companyHead = /\b(?:the|its|this|their)\s+([\p{L}'’-]+)(?:\s+([\p{L}'’-]+))?/giu;
        const isCompany = (w: string | undefined) => !!w && lex.companyNouns.has(w.toLowerCase().replace(/['’]s$/, ''));
        for (const m of region.matchAll(companyHead)) if (isCompany(m[1]) || isCompany(m[2])) company = true;
        single = !this.group && (company || lex.single.test(region));
      }
      return single;
    },
  };
}

export function groupPhrase(region: string): boolean {
  const lex = lexicon();
  const lower = region.toLowerCase();
  // No word that opens a group phrase: no group phrase (the tokens below are these runs of letters).
  if (!lex.groupFirstRe.test(lower)) return false;
  const tokens = lower.split(/[^\p{L}'’-]+/u).filter(Boolean);
  // Only n-grams whose first word opens some group phrase are tested (same answer, far fewer tests).
  for (let i = 0; i < tokens.length; i++) {
    if (!lex.groupFirst.has(tokens[i])) continue;
    for (let n = 1; n <= 3 && i + n <= tokens.length; n++) {
      // Lower-case tokens joined by single spaces: a set lookup answers as groupRe does.
      const phrase = tokens.slice(i, i + n).join(' ');
      if (lex.groupPhrases ? lex.groupPhrases.has(phrase) : lex.groupRe.test(phrase)) return true;
    }
  }
  return false;
}

/** A mention made only of title words ("Interior", "Federal"): tagger noise, not a party. */
function titleOnly(name: string): boolean {
  const lex = lexicon();
  return name.split(/\s+/).every((w) => lex.titleWords.has(bare(w)));
}

/**
 * The side a titled person speaks for: "US Ambassador Natalie Baker" → the United States (the
 * state is already a party: null), "Interior Minister Mohsin Naqvi" → the home state when known,
 * an untitled name → the person.
 */
function titledPerson(text: string, from: number, m: PartyMention, found: PartyMention[], home: Party | null): Party | null {
  const lex = lexicon();
  const head = text.slice(Math.max(from, m.start - 60), m.start);
  const ws = head.split(/(\s+)/);
  // Walk back over title words (and "acting", a comma before an appositive name).
  let i = ws.length - 1;
  let titled = false;
  while (i >= 0) {
    const w = ws[i].trim().replace(/,$/, '');
    if (w === '' || w === ',' || w === 'acting') { i--; continue; }
    if (lex.titleWords.has(bare(w))) { titled = true; i--; continue; }
    break;
  }
  // "Presidents Leonid Kuchma of Ukraine": the state named after the person.
  const of = /^,?\s+of\s+(?:the\s+)?/.exec(text.slice(m.end, m.end + 12));
  if (of && found.some((x) => x.kind === 'state' && x.start === m.end + of[0].length)) return null;
  if (!titled) return m.party;
  const titleStart = m.start - ws.slice(i + 1).join('').length;
  const state = found.find((x) => x.kind === 'state' && x.end <= titleStart && /^(?:['’]s)?\s*(?:acting\s+)?$/i.test(text.slice(x.end, titleStart)));
  if (state) return null;
  if (/\bof\s*$/i.test(text.slice(Math.max(from, titleStart - 4), titleStart))) return null;
  return home ?? m.party;
}

/** ", who called on the minister," and ", which …," inside a region: not the subject. */
export function relativeClauses(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  // Every clause opens and closes with a comma: a region with fewer than two has none.
  if (from >= 0) {
    const first = text.indexOf(',', from);
    const second = first < 0 ? -1 : text.indexOf(',', first + 1);
    if (second < 0 || second >= to) return out;
  }
  const re = /,\s+(?:who|which|whose)\s[^,;]*,/g;
  const slice = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}
