import type { MetadataLayer } from '../pipeline/layers.js';
import { lookupParty } from './party-lexicon.js';
import type { Party, PartyMention } from './mentions.js';
import { partiesIn } from './parties.js';

/** A stretch of a sentence to read for parties later, if ever. */
interface Deferred {
  sentence: string;
  from: number;
  to: number;
}

const MEETING = /\b(?:met|meet|meets|meeting|talks|visit|visited|visiting|summit|between|held|hosted|hosts|called on|counterpart|delegations?|signed|agreed|leaders|presidents|ministers|sides|bilateral)\b/i;

/**
 * Who "both sides", "he" and "the government" stand for, as the article goes on.
 *
 * Every sentence may update the sides (a meeting's) and the last actor (its head), but only a
 * statement with an unnamed party reads them. So the sentences are queued and read only when
 * a value is asked for: in order, each at most once, with the same result as reading each
 * sentence as it comes (a meeting queued before the sides are set outright is never read).
 */
export class SidesContext {
  private current: Party[];
  private meetings: Deferred[] = [];
  private heads: Deferred[] = [];
  private headsRead = 0;
  private actor: Party[] = [];

  constructor(
    private readonly text: string,
    private readonly mentions: PartyMention[],
    sides: Party[],
    /** The article's own country: the dateline's, else the most named state. */
    readonly home: Party | null,
  ) {
    this.current = sides;
  }

  /** The last two or more states/organizations named together (a meeting's sides). */
  get sides(): Party[] {
    for (const m of this.meetings) this.readMeeting(m);
    this.meetings.length = 0;
    return this.current;
  }

  set sides(parties: Party[]) {
    this.meetings.length = 0;
    this.current = parties;
  }

  /** A sentence whose text[from, to) names who sits at the table, when it is about a meeting. */
  meeting(sentence: string, from: number, to: number): void {
    this.meetings.push({ sentence, from, to });
  }

  private readMeeting({ sentence, from, to }: Deferred): void {
    if (!MEETING.test(sentence)) return;
    const whole = partiesIn(this.text, from, to, this.mentions, this.home, true, true);
    const named = whole.parties.filter((p) => this.mentions.some((m) => m.party.name === p.name && m.kind !== 'person'));
    if (named.length >= 2) this.current = named;
    // "Foreign Minister X met his counterpart Y": with no states named yet, the people at the table.
    else if (this.current.length === 0 && whole.parties.length >= 2) this.current = whole.parties.slice(0, 4);
  }

  /** A sentence whose head text[from, to) may name its actor (for a later "he", "she"). */
  head(sentence: string, from: number, to: number): void {
    this.heads.push({ sentence, from, to });
  }

  /** The last actor named at the head of a sentence: the latest head that names one. */
  get lastActor(): Party[] {
    for (let i = this.heads.length - 1; i >= this.headsRead; i--) {
      const { from, to } = this.heads[i];
      const named = partiesIn(this.text, from, to, this.mentions, this.home, false, true).parties;
      if (named.length) {
        this.actor = [named[0]];
        break;
      }
    }
    this.headsRead = this.heads.length;
    return this.actor;
  }
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
  const stateNames = new Set(mentions.filter((m) => m.kind === 'state').map((m) => m.party.name));
  const states = ranked.filter((c) => stateNames.has(c.party.name));
  let home: Party | null = null;
  const dl = metadata?.dateline?.place;
  if (dl) {
    const hit = lookupParty(dl) ?? lookupParty(dl.replace(/\b(\p{L})(\p{L}*)/gu, (_, a: string, b: string) => a + b.toLowerCase()));
    if (hit && hit.kind === 'country') home = states.find((c) => c.party.name === hit.name)?.party ?? { name: hit.name, ref: null };
  }
  if (!home && states.length > 0) home = states[0].party;
  const sides = ranked.slice(0, 2).map((c) => c.party);
  return new SidesContext(text, mentions, sides.length === 2 ? sides : [], home);
}
