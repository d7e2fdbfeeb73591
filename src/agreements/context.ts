import type { MetadataLayer } from '../pipeline/layers.js';
import { lookupParty } from './party-lexicon.js';
import type { Party, PartyMention } from './mentions.js';

/** Who "both sides", "he" and "the government" stand for, as the article goes on. */
export interface SidesContext {
  /** The last two or more states/organizations named together (a meeting's sides). */
  sides: Party[];
  /** The last actor named at the head of a sentence (for "he", "she"). */
  lastActor: Party[];
  /** The article's own country: the dateline's, else the most named state. */
  home: Party | null;
}

/** The starting context: home state from the dateline or by frequency, sides = the two most named. */
export function initialContext(text: string, mentions: PartyMention[], metadata: MetadataLayer | undefined): SidesContext {
  const counts = new Map<string, { party: Party; n: number; first: number }>();
  for (const m of mentions) {
    // Named states and bodies only: a person counted under their state would tip "home" abroad.
    if (m.kind === 'person' || m.person !== undefined) continue;
    if (/\b(?:in|at|near|from|to|into|across|via)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    const c = counts.get(m.party.name) ?? { party: m.party, n: 0, first: m.start };
    c.n++;
    counts.set(m.party.name, c);
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first);
  const states = ranked.filter((c) => mentions.some((m) => m.kind === 'state' && m.party.name === c.party.name));
  let home: Party | null = null;
  const dl = metadata?.dateline?.place;
  if (dl) {
    const hit = lookupParty(dl) ?? lookupParty(dl.replace(/\b(\p{L})(\p{L}*)/gu, (_, a: string, b: string) => a + b.toLowerCase()));
    if (hit && hit.kind === 'country') home = states.find((c) => c.party.name === hit.name)?.party ?? { name: hit.name, ref: null };
  }
  if (!home && states.length > 0) home = states[0].party;
  const sides = ranked.slice(0, 2).map((c) => c.party);
  return { sides: sides.length === 2 ? sides : [], lastActor: [], home };
}
