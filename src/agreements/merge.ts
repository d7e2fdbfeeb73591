import { actionKeys } from './action.js';
import { STATUS_RANK } from './lexicon.js';
import type { Party } from './mentions.js';
import { addParty } from './parties.js';
import type { Status } from './lexicon.js';

export interface Draft {
  start: number;
  end: number;
  parties: Party[];
  action: string;
  status: Status;
  date: string | null;
  /** Before the body (headline, standfirst): a later body statement of the same agreement wins the span. */
  inHead: boolean;
  /** "signed the deal", "the pact was ratified": a restatement of the agreement just mentioned. */
  anaphor?: boolean;
}

function similar(a: Draft, b: Draft, keys: (action: string) => Set<string>): boolean {
  // Sides first: the cheaper test, and most pairs of an article's statements fail it.
  const sameParties = a.parties.length === 0 || b.parties.length === 0 || a.parties.some((p) => b.parties.some((q) => q.name === p.name));
  if (!sameParties) return false;
  const ka = keys(a.action);
  const kb = keys(b.action);
  if (ka.size === 0 || kb.size === 0) return false;
  let inter = 0;
  for (const k of ka) if (kb.has(k)) inter++;
  const union = ka.size + kb.size - inter;
  const contained = inter / Math.min(ka.size, kb.size);
  // Different acts (an offer, an agreement) need more in common than two shared words.
  const need = a.status === b.status ? 2 : 3;
  if (inter / union >= 0.5 || (inter >= need && (inter / union >= 0.4 || contained >= 0.6))) return true;
  // A headline restates the lead in fewer words: same status, same sides, one shared word.
  const sameSides = a.parties.length > 1 && a.parties.length === b.parties.length && a.parties.every((p) => b.parties.some((q) => q.name === p.name));
  if ((a.inHead || b.inHead) && sameSides && (a.status === b.status ? inter >= 1 : inter >= 2)) return true;
  // "IMF board approves $1.1bn tranche for Pakistan" over its lead: one side, same act, a shared word.
  const oneSide = a.parties.length === 1 && b.parties.length === 1 && a.parties[0].name === b.parties[0].name;
  return (a.inHead !== b.inHead) && oneSide && a.status === b.status && inter >= 1;
}

/**
 * One record per agreement: later statements of the same action by the same parties fold into
 * the first body statement, keeping the firmest status and every party.
 */
export function mergeDrafts(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  let last: Draft | null = null;
  // Content words per action text, computed once (read only).
  const cache = new Map<string, Set<string>>();
  const keys = (action: string): Set<string> => {
    let k = cache.get(action);
    if (!k) cache.set(action, (k = actionKeys(action)));
    return k;
  };
  for (const d of drafts) {
    // "the deal" points back at the agreement just mentioned, a few sentences up at most.
    const near: Draft | null = last && d.start - last.end < 600 ? last : null;
    const same: Draft | undefined = d.anaphor && near ? near : out.find((k) => similar(k, d, keys));
    if (!same) {
      last = { ...d, parties: [...d.parties] };
      out.push(last);
      continue;
    }
    last = same;
    if (d.anaphor) {
      // The restatement only firms up the status and adds who signed.
      if (STATUS_RANK[d.status] > STATUS_RANK[same.status]) same.status = d.status;
      for (const p of d.parties) addParty(same.parties, p);
      same.date ??= d.date;
      continue;
    }
    // The firmest statement speaks for the agreement (its span and wording); among equals the
    // first body statement beats a headline.
    const firmer = STATUS_RANK[d.status] > STATUS_RANK[same.status];
    const equal = STATUS_RANK[d.status] === STATUS_RANK[same.status];
    if ((firmer && (!d.inHead || same.inHead)) || (equal && same.inHead && !d.inHead)) {
      same.start = d.start;
      same.end = d.end;
      same.action = d.action;
      same.inHead = d.inHead;
    }
    if (firmer) same.status = d.status;
    for (const p of d.parties) addParty(same.parties, p);
    same.date ??= d.date;
  }
  return out;
}
