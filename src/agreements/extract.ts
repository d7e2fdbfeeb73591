import type { Layers } from '../pipeline/layers.js';
import type { Agreement } from '../schema/article.js';
import type { Sentence } from '../text/sentences.js';
import { normalizeAction, relationshipOnly } from './action.js';
import { actionEnd } from './clause.js';
import type { Candidate } from './candidate.js';
import { initialContext } from './context.js';
import { concreteDiscussion, guard } from './guards.js';
import { resolveParties, type DocCtx } from './resolve.js';
import { collectMentions, type Party } from './mentions.js';
import { lazyRx, lexicon } from './lexicon.js';

const DEAL_TO = lazyRx(() => `^[^,;]{0,60}?(?<![\\p{L}-])(?:${lexicon().dealNoun})\\s+to\\s+(?!the\\b|a\\b|an\\b)`, 'iu');
const BARE_DEAL = lazyRx(() => `^\\s*(?:an?|the)\\s+(?:[\\p{L}-]+\\s+)?(?:${lexicon().dealNoun})\\s*$`, 'iu');
const anaphorRe = (nouns: () => string) => lazyRx(() => `^\\s*(?:the|this|that)\\s+(?:[\\p{L}-]+\\s+)?(?:${nouns()})(?![\\p{L}-])(?!\\s+(?:to|on|for|with|between|aimed|covering|that|which|under|of)\\b)`, 'iu');
const ANAPHOR_DEAL = anaphorRe(() => lexicon().dealNoun);
const ANAPHOR_ANY = anaphorRe(() => lexicon().anyDealNoun);
const DEAL_NOUN_WORD = lazyRx(() => `(?<![\\p{L}-])(?:${lexicon().dealNoun})(?![\\p{L}-])`, 'iu');
import { mergeDrafts, type Draft } from './merge.js';
import { dateFor, staleDate } from './dates.js';
import { groupPhrase } from './parties.js';
import { scanPhrases } from './phrase-triggers.js';
import { FAMILY, triggerFamilies } from './prefilter.js';
import { scanVerbs } from './verb-triggers.js';
import { withoutTrailingConjunction, withoutTrailingWords } from './trailing.js';

export type AgreementLayers = Pick<Partial<Layers>, 'metadata' | 'people' | 'organizations' | 'places' | 'entities' | 'dates'>;

const DATELINE = /^\s*[\p{Lu}][\p{Lu}\p{M} .'’-]{2,40}(?:,\s*[\p{L}\d .]{2,30})?(?:\s*\([^)]{1,40}\))?\s*(?:[:—–_]|-\s)\s*/u;

/** Kept candidates: by position, dropping a trigger inside an earlier one's object (unless a coordinated past verb). */
function keepCandidates(s: string, cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.trigStart - b.trigStart || b.trigEnd - a.trigEnd);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const clash = kept.some((k) => {
      if (c.trigStart < k.trigEnd && k.trigStart < c.trigEnd) return true;
      if (k.objFrom >= k.trigEnd && c.trigStart >= k.objFrom && c.trigStart < k.objTo) {
        const coordinated = c.kind === 'verb' && /(?:,\s*|\s)and\s+(?:also\s+)?$/i.test(s.slice(k.objFrom, c.trigStart)) && /^(?:\p{L}+ed|gave|made|took|struck|won|held|sought|undertook)(?![\p{L}])/iu.test(s.slice(c.trigStart, c.trigEnd));
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

/** Verbs whose object is the deal itself ("sign a pact"), never a trivial act. */
const DEAL_OBJECT = new Set(['sign', 'ratify', 'exchange', 'conclude', 'reach', 'strike', 'approve', 'win', 'order']);
const CEASE = /^(?:stop|halt|cease|end)\b/i;
const TRAILING_PREPOSITIONS = ['by', 'in', 'on', 'at', 'from', 'for', 'of', 'with', 'until', 'before'];

const COLLECTIVE = /\b(?:committee|board|cabinet|council|commission|reserve|central\s+bank|assembly|parliament|court|panel|meeting|conference|summit|jirga|bench|shura)\b/i;

function groupSubject(s: string, c: Candidate): boolean {
  return groupPhrase(s.slice(c.clauseFrom, c.subjTo));
}

/** "a significant agreement to introduce X" → "introduce X"; "an MoU on trade" stays as it is. */
function dealComplement(raw: string): string {
  // Every DEAL_TO match holds " to " (a cheap test first: most actions have no "to" at all).
  if (!/\sto\s/i.test(raw)) return raw;
  const m = DEAL_TO().exec(raw);
  // A verb follows ("to introduce …"), not a recipient ("a loan to Bangladesh").
  return m && /^\p{Ll}/u.test(raw.slice(m[0].length)) ? raw.slice(m[0].length) : raw;
}

const MAX_PIECE = 1200;

/** A run-on "sentence" (no punctuation for thousands of characters) is read in comma-bounded pieces, so the stage stays linear. */
function pieces(text: string, sent: { start: number; end: number }): { start: number; end: number }[] {
  const MAX = MAX_PIECE;
  if (sent.end - sent.start <= MAX) return [sent];
  const out: { start: number; end: number }[] = [];
  let start = sent.start;
  while (sent.end - start > MAX) {
    const window = text.slice(start + MAX / 2, start + MAX);
    const cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
    const end = cut >= 0 ? start + MAX / 2 + cut + 1 : start + MAX;
    out.push({ start, end });
    start = end;
    while (start < sent.end && /\s/.test(text[start])) start++;
  }
  if (start < sent.end) out.push({ start, end: sent.end });
  return out;
}

/** Agreements and commitments stated in `text`, sentence by sentence; ids a1… by position. */
export function extractAgreements(text: string, sentences: Sentence[], layers: AgreementLayers, reference: string | null): Agreement[] {
  // The party mentions and the sides context are built when the first candidate needs them:
  // most real articles hold none, and then the mentions are never collected. Until then the
  // sentences the context would queue (meeting sides, heads) wait here, in order.
  let built: DocCtx | null = null;
  const waiting: { meeting: boolean; s: string; from: number; to: number }[] = [];
  const docCtx = (): DocCtx => {
    if (built) return built;
    const mentions = collectMentions(text, layers);
    const d: DocCtx = { text, mentions, ctx: initialContext(text, mentions, layers.metadata), people: layers.people ?? [] };
    for (const w of waiting) (w.meeting ? d.ctx.meeting(w.s, w.from, w.to) : d.ctx.head(w.s, w.from, w.to));
    return (built = d);
  };
  const queue = (meeting: boolean, s: string, from: number, to: number) => {
    if (!built) waiting.push({ meeting, s, from, to });
    else if (meeting) built.ctx.meeting(s, from, to);
    else built.ctx.head(s, from, to);
  };
  const excluded = layers.metadata?.excluded ?? [];
  const bodyStart = layers.metadata?.bodyStart ?? 0;
  const refYear = reference ? Number(reference.slice(0, 4)) : null;
  const drafts: Draft[] = [];
  // (Sentences read as they are unless one is a run-on: no copy of the list for the common case.)
  const parts = sentences.some((x) => x.end - x.start > MAX_PIECE) ? sentences.flatMap((x) => pieces(text, x)) : sentences;
  for (const sent of parts) {
    if (excluded.some((x) => x.start < sent.end && sent.start < x.end)) continue;
    const s = text.slice(sent.start, sent.end);
    const from = DATELINE.exec(s)?.[0].length ?? 0;
    // ", pledging to …" speaks for the clause before it only when that clause states nothing itself.
    // Most sentences hold no trigger word at all: a word lookup proves it before the scanners run.
    const families = triggerFamilies(s);
    const found = families ? [...(families & FAMILY.verb ? scanVerbs(s, from) : []), ...scanPhrases(s, from, families)] : [];
    const kept = keepCandidates(s, found)
      .filter((c, _, all) => !c.participle || !all.some((o) => o !== c && o.trigStart < c.trigStart));
    // Who sits at the table: states and bodies named before the sentence's first trigger (a meeting's sides).
    const sidesTo = sent.start + (kept.length ? Math.min(...kept.map((k) => k.clauseFrom)) : s.length);
    queue(true, s, sent.start + from, sidesTo);
    let prevSubject: Party[] = [];
    for (const c of kept) {
      const nextTrig = kept.find((k) => k.trigStart >= c.trigEnd)?.trigStart ?? s.length;
      const status = guard(s, from, c, refYear);
      if (!status) continue;
      // "… saying it would create jobs": a forecast, not a plan; "X said it will invest …" is one.
      if (c.kind === 'future' && /^\s*(?:it|this|that|which|they)\s*$/i.test(s.slice(c.clauseFrom, c.subjTo))
        && !/\b(?:said|says|announced|stated|told\s+[\p{L} ]+?)\s+(?:on\s+\p{L}+\s+)?(?:that\s+)?$/u.test(s.slice(0, c.clauseFrom))) continue;
      const d = docCtx();
      const parties = resolveParties(d, sent.start, s, c, prevSubject);
      let raw = s.slice(c.objFrom, c.objTo);
      if (c.kind === 'future-passive' && c.extra) {
        const tail = s.slice(c.extra[0], c.extra[1]).replace(/^\s*(?:soon|shortly|also|now|jointly)\b/i, '');
        if (/^\s*(?:to|in|at|for|under|with|by|as)\s/i.test(tail)) raw += ` ${tail.trim()}`;
      }
      if (c.kind === 'verb' || c.kind === 'future') {
        // "signed an MoU on Tuesday to build …": the time phrase sits between the deal and its aim.
        const skip = /^,?\s+(?:on|last|this|next|late|early)\s+[\p{L}\d]+(?:\s+\d{1,2})?,?\s+(?=(?:to|for|on|aimed|\p{Ll}{3,}ing)\s)/u.exec(s.slice(c.objTo));
        if (skip && c.objTo + skip[0].length < nextTrig) {
          const extEnd = actionEnd(s, c.objTo + skip[0].length, nextTrig);
          raw += ' ' + s.slice(c.objTo + skip[0].length, extEnd).replace(/(?:,\s*|\s)and\s*$/i, '');
          c.objTo = extEnd;
        }
        if (c.kind === 'verb') raw = dealComplement(raw);
      }
      // "An agreement was reached on Monday between A and B to end the strike": the aim follows the verb.
      if (c.kind === 'passive' && c.extra && BARE_DEAL().test(raw)) {
        const tail = s.slice(c.trigEnd, Math.min(s.length, c.trigEnd + 200));
        const aim = /^[^.;:]*?\s(to\s+\p{Ll}|on\s+\p{Ll}|for\s+\p{Ll})/u.exec(tail);
        if (aim) {
          const at = c.trigEnd + aim[0].length - aim[1].length;
          raw = raw.trimEnd() + ' ' + s.slice(at, actionEnd(s, at)).trim();
        }
      }
      let st = status;
      // "concluded negotiations on a free trade agreement": agreed, not yet signed.
      const talks = /^\s*(?:the\s+)?(?:negotiations|talks)\s+(?:on|for|over)\s+/i.exec(raw);
      if (talks && c.kind === 'verb') {
        raw = raw.slice(talks[0].length);
        if (st === 'signed') st = 'agreed';
      }
      // "the deal", "The framework is expected to be finalised": the agreement just mentioned.
      const anaphor = (c.kind === 'verb' || c.kind === 'passive' || c.kind === 'future-passive') && (c.kind === 'verb' ? ANAPHOR_DEAL() : ANAPHOR_ANY()).test(raw);
      const action = normalizeAction(raw, c.prefix);
      const lex = lexicon();
      // Trivial acts ("vowed to track down", "offered to travel") are no commitment.
      // (A deal named as the object, "ratify a visiting forces agreement", is no trivial act.)
      if (st !== 'agreed' && st !== 'signed' && c.kind !== 'future-passive' && !DEAL_OBJECT.has(c.lemma ?? '') && lex.trivialRe.test(action)) continue;
      // "would stop attacks", "will halt exports": a commitment only as part of a deal or between sides.
      if (c.kind === 'future' && CEASE.test(action) && parties.length < 2 && !groupSubject(s, c) && !DEAL_NOUN_WORD().test(s)) continue;
      // "would hold the treaty in abeyance": a suspension, not a plan.
      if (/\bin\s+abeyance\b/i.test(action)) continue;
      // A plan counts when sides make it together, or it names an institution, money, goods or a deal.
      if (st === 'planned' && (c.kind === 'future' || c.kind === 'verb') && parties.length < 2 && !groupSubject(s, c)
        && !lex.planStrongRe.test(action) && !lex.planNounRe.test(action)) continue;
      // A vote decides for a body (a committee, board, shareholders), not for lawmakers passing a bill.
      if (c.lemma === 'vote' && !/\b(?:committee|board|council|commission|cabinet|shareholders|directors|policymakers|member\s+states|member\s+countries)\b/i.test(s.slice(c.clauseFrom, c.subjTo))) continue;
      // One side deciding commits itself; a body that votes or deliberates (a committee, board, cabinet, central bank) agrees.
      if (c.lemma === 'decide' && parties.length < 2 && !groupSubject(s, c) && st === 'agreed' && !COLLECTIVE.test(s.slice(c.clauseFrom, c.subjTo))) st = 'committed';
      if (action.length < 3) continue;
      if (st === 'discussed' && !concreteDiscussion(action)) continue;
      if (st !== 'agreed' && st !== 'signed' && relationshipOnly(action)) continue;
      // "launched" is an agreement only as a joint act: "jointly", or sides coordinated as its subject.
      if (c.needsJoint && !/\bjoint(?:ly)?\b/i.test(s.slice(c.clauseFrom, c.objTo)) && !groupSubject(s, c)
        && !(parties.length >= 2 && /\S\s+and\s+\S/.test(s.slice(Math.max(c.clauseFrom, c.trigStart - 50), c.trigStart)))) continue;
      // No party named: keep it only when the text says sides agreed ("the two neighbours agreed").
      // Signing and agreeing are strong enough to keep with unnamed sides ("a Seattle investor has signed …").
      const firm = st === 'agreed' || st === 'signed';
      if (parties.length === 0 && !groupSubject(s, c) && !firm) continue;
      const subjParties = c.subjTo > c.clauseFrom ? parties : [];
      if (subjParties.length) prevSubject = subjParties;
      const start = sent.start + Math.min(c.clauseFrom, c.trigStart);
      let endRel = Math.max(c.objTo, c.trigEnd, c.extra && c.extra[0] >= c.trigStart ? c.extra[1] : 0);
      // Without a trailing ", and", "while" or "by", "in" (read backwards from the end: see trailing.ts).
      const trimmed = withoutTrailingWords(s, withoutTrailingConjunction(s, Math.min(endRel, s.length)), TRAILING_PREPOSITIONS);
      endRel = Math.max(trimmed, c.trigEnd);
      const end = sent.start + endRel;
      const date = dateFor(text, layers, sent.start, sent.end, [sent.start + c.objFrom, sent.start + c.objTo]);
      // "The two countries signed a defence pact in September" (written in December): background.
      if (reference && (st === 'signed' || st === 'agreed') && staleDate(text, layers, sent.start + Math.min(c.clauseFrom, c.trigStart),
        DEAL_OBJECT.has(c.lemma ?? '') || (c.kind === 'passive' && c.objFrom < c.trigStart) ? Math.min(sent.end, sent.start + c.objTo + 25) : sent.start + Math.max(c.trigEnd, c.objFrom), [0, 0], reference)) continue;
      if (parties.length >= 2) d.ctx.sides = parties.slice(0, 4);
      // "… a clearance system, alongside enhanced police training": two agreed actions.
      for (const part of action.split(/,?\s+alongside\s+/i).filter((x) => x.length > 2)) {
        drafts.push({ start, end, parties, action: normalizeAction(part), status: st, date, inHead: sent.end <= bodyStart, anaphor });
      }
    }
    queue(false, s, sent.start + from, Math.min(sent.end, sent.start + from + 80));
  }
  if (!built) return [];
  const { mentions } = built as DocCtx;
  // Every party named like an entity the layers found carries that entity's id.
  const refs = new Map<string, string>();
  for (const m of mentions) if (m.party.ref && !refs.has(m.party.name)) refs.set(m.party.name, m.party.ref);
  for (const dr of drafts) for (const p of dr.parties) p.ref ??= refs.get(p.name) ?? null;
  return mergeDrafts(drafts)
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((x, i) => ({ id: `a${i + 1}`, start: x.start, end: x.end, text: text.slice(x.start, x.end), parties: x.parties, action: x.action, status: x.status, date: x.date }));
}
