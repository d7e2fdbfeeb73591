import { loadTextData } from '../data-files.js';
import { PhraseIndex } from './phrase-index.js';

export interface LexEntry {
  name: string;
  kind: 'country' | 'org';
}

export interface LexMention {
  start: number;
  end: number;
  text: string;
  entry: LexEntry;
  /** How the name was written: the state itself, its capital/seat, or a demonym ("British"). */
  form: 'name' | 'capital' | 'demonym';
}

interface PartyLexicon {
  byForm: Map<string, { entry: LexEntry; form: LexMention['form'] }>;
  /** Every form, found as a case-sensitive whole word ("US" is a party, "us" is not). */
  index: PhraseIndex;
}

let cached: PartyLexicon | null = null;

/** Capitalised words that may follow a state's name without making it part of another name. */
const FOLLOWERS = new Set(
  'Ambassador Ambassadors President Prime Minister Ministers Foreign Interior Defence Defense Finance Trade Commerce Secretary Envoy Embassy High Commissioner Chargé Charge Government Army Navy Air Forces Chief Vice Deputy Acting Special Senate Parliament Congress Cabinet Ministry State Department Treasury Central Bank On In At And During After Before While With For As But Said To By'.split(' '),
);

/** Countries (names, short forms, capitals, demonyms) and international bodies: data/agreements/countries.txt. */
function partyLexicon(): PartyLexicon {
  if (cached) return cached;
  const byForm = new Map<string, { entry: LexEntry; form: LexMention['form'] }>();
  let kind: LexEntry['kind'] = 'country';
  for (const raw of loadTextData('agreements/countries.txt').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line === '[country]' || line === '[org]') {
      kind = line === '[org]' ? 'org' : 'country';
      continue;
    }
    const [name, aliases = '', capitals = '', demonyms = ''] = line.split('|');
    const entry: LexEntry = { name, kind };
    const add = (s: string, form: LexMention['form']) => {
      for (const w of s.split(',').map((x) => x.trim()).filter(Boolean)) {
        if (!byForm.has(w)) byForm.set(w, { entry, form });
        const upper = w.toUpperCase();
        if (w.length > 3 && !byForm.has(upper)) byForm.set(upper, { entry, form });
      }
    };
    add(name, 'name');
    add(aliases, 'name');
    add(capitals, 'capital');
    add(demonyms, 'demonym');
  }
  cached = { byForm, index: new PhraseIndex(byForm.keys()) };
  return cached;
}

/** The capitalised word right after a name (sticky: read in place, no copy of the rest of the text). */
const NEXT_WORD = /\s+(\p{Lu}[\p{L}'’-]*)/uy;

/** Every lexicon name in `text[from, to)`, offsets in `text` coordinates. */
export function scanParties(text: string, from = 0, to = text.length): LexMention[] {
  const { byForm, index } = partyLexicon();
  const slice = text.slice(from, to);
  const out: LexMention[] = [];
  for (const [at, end] of index.matches(slice)) {
    const name = slice.slice(at, end);
    const hit = byForm.get(name);
    if (!hit) continue;
    // "Niger Delta", "Washington Post", "China Daily": part of a longer name, unless a title follows ("US Ambassador").
    NEXT_WORD.lastIndex = end;
    const next = NEXT_WORD.exec(slice);
    if (next && hit.form !== 'demonym' && !FOLLOWERS.has(next[1])) continue;
    // "Bank of America", "First of America": part of an organization's name.
    if (name === 'America' && /\p{Lu}[\p{L}.]*\s+of\s+$/u.test(slice.slice(Math.max(0, at - 24), at))) continue;
    out.push({ start: from + at, end: from + end, text: name, entry: hit.entry, form: hit.form });
  }
  return out;
}

/** The lexicon entry for a name as written ("U.S.", "Islamabad", "British"), or null. */
export function lookupParty(name: string): LexEntry | null {
  const { byForm } = partyLexicon();
  const hit = byForm.get(name.trim()) ?? byForm.get(name.trim().replace(/^the\s+/i, ''));
  return hit ? hit.entry : null;
}
