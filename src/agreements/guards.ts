import type { Candidate } from './candidate.js';
import { lexicon, type Status } from './lexicon.js';
import { relativeClauses } from './parties.js';

const WEAKENING = /^(?:consider|study|explore|look\s+into|discuss|examine|review|mull|assess|evaluate|weigh)\b/i;

/** True when `pos` sits inside an open quotation in the sentence. */
function insideQuote(s: string, pos: number): boolean {
  const head = s.slice(0, pos);
  const opens = (head.match(/“/g) ?? []).length;
  const closes = (head.match(/”/g) ?? []).length;
  const straight = (head.match(/"/g) ?? []).length;
  return opens > closes || straight % 2 === 1;
}

/**
 * The status a candidate keeps after negation, hedging, background and quotation checks, or
 * null when the statement is not an agreement: "did not agree", "could consider signing",
 * "had signed in 2015", "hopes to sign", a commitment inside somebody's quote.
 */
export function guard(s: string, from: number, c: Candidate, referenceYear: number | null): Status | null {
  const lex = lexicon();
  const body = s.slice(from).trim();
  if (body.endsWith('?')) return null;
  if (/^(?:if|unless|whether|should)\b/i.test(body)) return null;
  const preFrom = Math.max(c.clauseFrom, c.trigStart - 60);
  let pre = c.kind === 'passive' || c.kind === 'future-passive' || c.kind === 'component' ? s.slice(c.clauseFrom, c.trigEnd) : s.slice(preFrom, c.trigEnd);
  for (const [a, b] of relativeClauses(pre, 0, pre.length).reverse()) pre = pre.slice(0, a) + ' ' + pre.slice(b);
  if (lex.negation.test(pre) || lex.hedge.test(pre) || /\bmay\b/.test(pre)) return null;
  // "Analysts doubt that Russia will agree …", "urged the two sides to sign …": not a stated fact.
  let lead = s.slice(from, Math.min(c.clauseFrom, c.trigStart));
  for (const [a, b] of relativeClauses(lead, 0, lead.length).reverse()) lead = lead.slice(0, a) + ' ' + lead.slice(b);
  if (lex.leadHedge.test(lead) || /\bmay\b/.test(lead)) return null;
  // "had signed" is background, unless it is reported speech backshifted ("said it had reached …").
  const reported = /\b(?:said|says|told|announced|stated|confirmed|added|noted)\b/.test(s.slice(from, c.clauseFrom));
  if (lex.past.test(s.slice(c.clauseFrom, c.trigEnd)) && !reported) return null;
  if (referenceYear !== null) {
    // A past year before the trigger ("In 2015 …", "1993 - Six republics signed …") makes it background.
    let head = s.slice(from, c.trigStart);
    for (const [a, b] of relativeClauses(head, 0, head.length).reverse()) head = head.slice(0, a) + ' ' + head.slice(b);
    for (const y of head.matchAll(/(?<![\d$€£.,])\b(1[5-9]\d{2}|20\d{2})\b(?![\d%]|\s*(?:percent|per cent|tonnes|tons|people|troops|km|miles|\$))/g)) if (Number(y[1]) < referenceYear) return null;
    const tail = s.slice(c.objTo, c.objTo + 24);
    const t = /^,?\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:\p{Lu}\p{Ll}+\s+)?((?:19|20)\d{2})\b/u.exec(tail);
    if (t && Number(t[1]) < referenceYear) return null;
    // "The agreement, which was signed in 2021, expires …": the passive's own time is a past year.
    if (c.kind === 'passive') {
      const after = /^,?\s+(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*)?(?:\p{Lu}\p{Ll}+\s+)?((?:19|20)\d{2})\b/u.exec(s.slice(c.trigEnd, c.trigEnd + 30));
      if (after && Number(after[1]) < referenceYear) return null;
    }
  }
  if (c.kind === 'passive' && /^,?\s+(?:last\s+year|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+years\s+ago)\b/i.test(s.slice(c.trigEnd, c.trigEnd + 30))
    && /,\s*(?:which|that)\s+(?:[\p{L}]+\s+){0,2}$/iu.test(s.slice(c.clauseFrom, c.trigStart + 0) + ' ')) return null;
  let status = c.status;
  if (insideQuote(s, c.trigStart) && status !== 'signed' && status !== 'agreed') return null;
  const obj = s.slice(c.objFrom, c.objTo).trim();
  if (c.objFrom >= c.trigEnd && lex.nonDealRe.test(obj)) return null;
  // "agreed to disagree": an idiom for no agreement.
  if (c.objFrom >= c.trigEnd && /^disagree\b/i.test(obj)) return null;
  // "accepted most of its terms but sought amendments": a partial acceptance is no agreement.
  if (c.objFrom >= c.trigEnd && /^(?:most|some|parts?|much|many|elements|aspects|several)\s+of\b/i.test(obj)) return null;
  // "committed to a possible strike": a possibility, not a commitment.
  if (c.objFrom >= c.trigEnd && /^(?:an?\s+|the\s+)?(?:possible|potential|eventual|hypothetical)\s/i.test(obj)) return null;
  if (c.objFrom >= c.trigEnd && WEAKENING.test(obj) && status !== 'discussed') status = 'discussed';
  if (c.objFrom >= c.trigEnd && !/^not\s+to\s/i.test(obj) && lex.negation.test(obj.split(/\s+/).slice(0, 2).join(' '))) return null;
  return status;
}

/** A discussion counts only when it is about doing something (a gerund or an action word), not a topic list. */
export function concreteDiscussion(action: string): boolean {
  const lex = lexicon();
  const ws = action.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  if (ws.length === 0) return false;
  return ws.some((w) => lex.discussCues.has(w));
}
