import type { Layers } from '../pipeline/layers.js';
import type { Agreement, Person } from '../schema/article.js';
import type { Sentence } from '../text/sentences.js';
import { normalizeAction, relationshipOnly } from './action.js';
import { actionEnd } from './clause.js';
import type { Candidate } from './candidate.js';
import { initialContext, type SidesContext } from './context.js';
import { concreteDiscussion, guard } from './guards.js';
import { collectMentions, personCountry, type Party, type PartyMention } from './mentions.js';
import { lexicon } from './lexicon.js';
import { mergeDrafts, type Draft } from './merge.js';
import { addParty, partiesIn } from './parties.js';
import { scanPhrases } from './phrase-triggers.js';
import { scanVerbs } from './verb-triggers.js';

export type AgreementLayers = Pick<Partial<Layers>, 'metadata' | 'people' | 'organizations' | 'places' | 'entities' | 'dates'>;

const DATELINE = /^\s*[\p{Lu}][\p{Lu}\p{M} .'’-]{2,40}(?:,\s*[\p{L} .]{2,30})?(?:\s*\([^)]{1,40}\))?\s*(?:[:—–]|-\s)\s*/u;

/** Kept candidates: by position, dropping a trigger inside an earlier one's object (unless a coordinated past verb). */
function keepCandidates(s: string, cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.trigStart - b.trigStart || b.trigEnd - a.trigEnd);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const clash = kept.some((k) => {
      if (c.trigStart < k.trigEnd && k.trigStart < c.trigEnd) return true;
      if (k.objFrom >= k.trigEnd && c.trigStart >= k.objFrom && c.trigStart < k.objTo) {
        const coordinated = c.kind === 'verb' && /(?:,\s*|\s)and\s+(?:also\s+)?$/i.test(s.slice(k.objFrom, c.trigStart)) && /ed$/i.test(s.slice(c.trigStart, c.trigEnd));
        if (coordinated) {
          k.objTo = Math.min(k.objTo, s.slice(0, c.trigStart).replace(/(?:,\s*|\s)and\s+(?:also\s+)?$/i, '').length);
          return false;
        }
        return true;
      }
      return false;
    });
    if (!clash) kept.push(c);
  }
  return kept;
}

interface DocCtx {
  text: string;
  mentions: PartyMention[];
  ctx: SidesContext;
  people: Person[];
}

/** "the minister", "the envoy": the one person whose title has that role, as their state. */
function titledAnaphor(d: DocCtx, phrase: string): Party | null {
  const m = /\b(?:the|this)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s*$/iu.exec(phrase.replace(/[,\s]+$/, ''));
  if (!m) return null;
  const head = m[1].toLowerCase();
  const hits = d.people.filter((p) => p.titles.some((t) => t.role?.toLowerCase() === head || (head === 'envoy' && t.role?.toLowerCase() === 'ambassador')));
  if (hits.length !== 1) return null;
  const c = personCountry(hits[0]);
  return c ? { name: c, ref: null } : { name: hits[0].name, ref: hits[0].id };
}

function resolveParties(d: DocCtx, base: number, s: string, c: Candidate, prevSubject: Party[]): Party[] {
  const { text, mentions, ctx } = d;
  const parties: Party[] = [];
  const subj = c.subjTo > c.clauseFrom ? partiesIn(text, base + c.clauseFrom, base + c.subjTo, mentions, ctx.home) : null;
  const extra = c.extra && c.kind !== 'future-passive' ? partiesIn(text, base + c.extra[0], base + c.extra[1], mentions, ctx.home) : null;
  for (const r of [subj, extra]) if (r) for (const p of r.parties) addParty(parties, p);
  if (subj?.group || extra?.group) for (const p of ctx.sides) addParty(parties, p);

  // A partner or recipient named in the object: "with China", "to Kenya", "between A and B".
  const obj = s.slice(c.objFrom, c.objTo);
  for (const m of obj.matchAll(/\b(with|to|between|for)\s+(?:the\s+)?(?=\p{Lu})/gu)) {
    if (m[1] === 'to' && !(c.status === 'offered' || c.status === 'committed')) continue;
    if (m[1] === 'for' && c.status !== 'offered' && c.status !== 'committed') continue;
    const at = base + c.objFrom + (m.index ?? 0) + m[0].length;
    const hit = mentions.find((x) => x.start === at && x.kind !== 'person');
    if (hit) addParty(parties, hit.party);
  }
  if (parties.length === 0 && c.kind === 'verb' && /^[\s,]*(?:and\s+)?(?:also\s+)?$/i.test(s.slice(c.clauseFrom, c.subjTo))) {
    for (const p of prevSubject) addParty(parties, p);
  }
  if (parties.length === 0) {
    if (subj?.single) {
      const subjText = s.slice(c.clauseFrom, c.subjTo);
      const pronoun = /^\s*(?:he|she)\b/i.test(subjText);
      const titled = pronoun ? null : titledAnaphor(d, subjText);
      for (const p of titled ? [titled] : pronoun && ctx.lastActor.length ? ctx.lastActor : ctx.home ? [ctx.home] : []) addParty(parties, p);
    } else if (c.contextual || !subj) {
      // The speaker of reported speech, else the sides in context.
      const tailEnd = c.extra ? Math.max(c.extra[1], c.objTo) : c.objTo;
      const lead = partiesIn(text, base, base + c.clauseFrom, mentions, ctx.home);
      const trail = partiesIn(text, base + tailEnd, base + s.length, mentions, ctx.home);
      const speaker = { parties: [...lead.parties, ...trail.parties], single: lead.single || trail.single };
      const outside = speaker.parties;
      if (c.kind === 'future-passive' && outside.length) outside.forEach((p) => addParty(parties, p));
      else if (c.kind === 'future-passive' && speaker.single) {
        const who = titledAnaphor(d, s.slice(c.objTo).replace(/\s+(?:informed|told|said|added|stated|noted|announced|revealed)\b.*$/s, '')) ?? ctx.home;
        if (who) addParty(parties, who);
      }
      else ctx.sides.forEach((p) => addParty(parties, p));
    }
  }
  // "During a meeting with X, the minister discussed …": X is the other side.
  const opening = /\b(?:meeting|talks|call|conversation|discussions?|consultations)\s+with\s+/i.exec(s.slice(0, c.clauseFrom));
  if (opening && parties.length) {
    for (const p of partiesIn(text, base + opening.index + opening[0].length, base + c.clauseFrom, mentions, ctx.home).parties) addParty(parties, p);
  }
  return parties;
}

/** "a significant agreement to introduce X" → "introduce X"; "an MoU on trade" stays as it is. */
function dealComplement(raw: string): string {
  const m = new RegExp(`^[^,;]{0,60}?(?<![\\p{L}-])(?:${lexicon().anyDealNoun})\\s+to\\s+(?!the\\b|a\\b|an\\b)`, 'iu').exec(raw);
  // A verb follows ("to introduce …"), not a recipient ("a loan to Bangladesh").
  return m && /^\p{Ll}/u.test(raw.slice(m[0].length)) ? raw.slice(m[0].length) : raw;
}

function dateFor(layers: AgreementLayers, from: number, to: number): string | null {
  for (const d of layers.dates ?? []) {
    if (d.type === 'DATE' && d.start >= from && d.end <= to && /^\d{4}-\d{2}(?:-\d{2})?$/.test(d.value)) return d.value;
  }
  return null;
}

/** Agreements and commitments stated in `text`, sentence by sentence; ids a1… by position. */
export function extractAgreements(text: string, sentences: Sentence[], layers: AgreementLayers, reference: string | null): Agreement[] {
  const mentions = collectMentions(text, layers);
  const d: DocCtx = { text, mentions, ctx: initialContext(mentions, layers.metadata), people: layers.people ?? [] };
  const excluded = layers.metadata?.excluded ?? [];
  const bodyStart = layers.metadata?.bodyStart ?? 0;
  const refYear = reference ? Number(reference.slice(0, 4)) : null;
  const drafts: Draft[] = [];
  for (const sent of sentences) {
    if (excluded.some((x) => x.start < sent.end && sent.start < x.end)) continue;
    const s = text.slice(sent.start, sent.end);
    const from = DATELINE.exec(s)?.[0].length ?? 0;
    const whole = partiesIn(text, sent.start + from, sent.end, mentions, d.ctx.home);
    const named = whole.parties.filter((p) => mentions.some((m) => m.party.name === p.name && m.kind !== 'person'));
    if (named.length >= 2) d.ctx.sides = named;
    let prevSubject: Party[] = [];
    for (const c of keepCandidates(s, [...scanVerbs(s, from), ...scanPhrases(s, from)])) {
      const status = guard(s, from, c, refYear);
      if (!status) continue;
      const parties = resolveParties(d, sent.start, s, c, prevSubject);
      let raw = s.slice(c.objFrom, c.objTo);
      if (c.kind === 'future-passive' && c.extra) {
        const tail = s.slice(c.extra[0], c.extra[1]).replace(/^\s*(?:soon|shortly|also|now|jointly)\b/i, '');
        if (/^\s*(?:to|in|at|for|under|with|by|as)\s/i.test(tail)) raw += ` ${tail.trim()}`;
      }
      if (c.kind === 'verb') {
        // "signed an MoU on Tuesday to build …": the time phrase sits between the deal and its aim.
        const skip = /^,?\s+(?:on|last|this|next|late|early)\s+[\p{L}\d]+(?:\s+\d{1,2})?,?\s+(?=(?:to|for|on|aimed)\s)/iu.exec(s.slice(c.objTo));
        if (skip) raw += ' ' + s.slice(c.objTo + skip[0].length, actionEnd(s, c.objTo + skip[0].length));
        raw = dealComplement(raw);
      }
      const action = normalizeAction(raw, c.prefix);
      if (action.split(' ').length < 1 || action.length < 3) continue;
      if (status === 'discussed' && !concreteDiscussion(action)) continue;
      if (status !== 'agreed' && status !== 'signed' && relationshipOnly(action)) continue;
      if (c.needsJoint && parties.length < 2 && !/\bjoint(?:ly)?\b/i.test(s.slice(c.clauseFrom, c.objTo))) continue;
      if (parties.length === 0) continue;
      const subjParties = c.subjTo > c.clauseFrom ? parties : [];
      if (subjParties.length) prevSubject = subjParties;
      const start = sent.start + Math.min(c.clauseFrom, c.trigStart);
      let endRel = Math.max(c.objTo, c.trigEnd, c.extra && c.extra[0] >= c.trigStart ? c.extra[1] : 0);
      while (endRel > 0 && /[\s,;:]/.test(s[endRel - 1])) endRel--;
      const end = sent.start + endRel;
      const date = dateFor(layers, sent.start, sent.end);
      // "… a clearance system, alongside enhanced police training": two agreed actions.
      for (const part of action.split(/,?\s+alongside\s+/i).filter((x) => x.length > 2)) {
        drafts.push({ start, end, parties, action: normalizeAction(part), status, date, inHead: sent.end <= bodyStart });
      }
    }
    const headActor = partiesIn(text, sent.start + from, Math.min(sent.end, sent.start + from + 80), mentions, d.ctx.home);
    if (headActor.parties.length) d.ctx.lastActor = [headActor.parties[0]];
  }
  return mergeDrafts(drafts)
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((x, i) => ({ id: `a${i + 1}`, start: x.start, end: x.end, text: text.slice(x.start, x.end), parties: x.parties, action: x.action, status: x.status, date: x.date }));
}
