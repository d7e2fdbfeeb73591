import type { Person } from '../schema/article.js';
import type { Candidate } from './candidate.js';
import type { SidesContext } from './context.js';
import { mentionsIn, personCountry, type Party, type PartyMention } from './mentions.js';
import { lexicon } from './lexicon.js';
import { addParty, partiesIn } from './parties.js';

export interface DocCtx {
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
  // "the crown prince" for a "Crown Prince" role, "the minister" for a "Minister".
  const hits = d.people.filter((p) => p.titles.some((t) => { const r = (t.role ?? '').toLowerCase().replace(/_/g, ' '); return r === head || r.endsWith(` ${head}`) || (head === 'envoy' && r === 'ambassador'); }));
  if (hits.length !== 1) return null;
  const c = personCountry(hits[0]);
  return c ? { name: c, ref: null } : { name: hits[0].name, ref: hits[0].id };
}

/** "the committee" → the organization whose name ends in "Committee" (or owns it: "the Central Bank of Nigeria's Monetary Policy Committee"). */
function namedHead(d: DocCtx, subj: string, before: number): PartyMention | undefined {
  const noun = /^(?:the|this|its)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)$/iu.exec(subj)?.[1];
  if (!noun || noun.length < 4) return undefined;
  const cap = noun[0].toUpperCase() + noun.slice(1).toLowerCase();
  const from = Math.max(0, before - 600);
  const at = d.text.slice(from, before).lastIndexOf(` ${cap}`);
  if (at < 0) return undefined;
  const pos = from + at + 1;
  const hit = [...d.mentions].reverse().find((m) => m.kind === 'org' && m.start <= pos && m.end >= pos - 60 && !/[.;]/.test(d.text.slice(m.end, pos)));
  // "the Central Bank of Nigeria's Monetary Policy Committee" acts for the bank.
  const owner = hit && d.mentions.find((m) => m.kind === 'org' && m.end < hit.start && /^['’]s\s+$/.test(d.text.slice(m.end, hit.start)));
  return owner ?? hit;
}

export function resolveParties(d: DocCtx, base: number, s: string, c: Candidate, prevSubject: Party[]): Party[] {
  const { text, mentions, ctx } = d;
  const parties: Party[] = [];
  const subj = c.subjTo > c.clauseFrom ? partiesIn(text, base + c.clauseFrom, base + c.subjTo, mentions, ctx.home) : null;
  const extra = c.extra && c.kind !== 'future-passive' ? partiesIn(text, base + c.extra[0], base + c.extra[1], mentions, ctx.home) : null;
  for (const r of [subj, extra]) if (r) for (const p of r.parties) addParty(parties, p);
  if (parties.length < 2 && (subj?.group || extra?.group)) {
    // "both sides", "the two countries": two, whoever else was at the table.
    const two = /\b(?:both|two)\b/i.test(s.slice(c.clauseFrom, c.subjTo));
    for (const p of two ? ctx.sides.slice(0, 2) : ctx.sides) addParty(parties, p);
  }
  // "We have agreed …" inside a quote: the sides at the table.
  if (parties.length === 0 && /^\W*we\b/i.test(s.slice(c.clauseFrom, c.subjTo)) && /[“"]/.test(s.slice(0, c.trigStart))) {
    for (const p of ctx.sides) addParty(parties, p);
  }

  if (parties.length === 0 && c.kind === 'verb' && /^[\s,]*(?:and\s+)?(?:also\s+)?$/i.test(s.slice(c.clauseFrom, c.subjTo))) {
    for (const p of prevSubject) addParty(parties, p);
  }
  if (parties.length === 0) {
    if (subj?.single && !(c.contextual && /^\s*it\s*$/i.test(s.slice(c.clauseFrom, c.subjTo)))) {
      const subjText = s.slice(c.clauseFrom, c.subjTo);
      const pronoun = /^\s*(?:he|she)\b/i.test(subjText);
      const titled = pronoun ? null : titledAnaphor(d, subjText.replace(/(?:\s+(?:has|have|had|is|are|was|were|will|would|also))+\s*$/i, ""));
      // A pronoun after a reporting verb is its speaker: "Argentina's central bank said it had renewed …".
      const lead = partiesIn(text, base, base + c.clauseFrom, mentions, ctx.home, false, true).parties;
      const bareSubj = subjText.replace(/(?:\s+(?:has|have|had|is|are|was|were|will|would|also|jointly|now|already))+\s*$/i, '').trim();
      // "the company", "the fund's board", "the lender": the nearest organization named before.
      const company = /^(?:the|this|its)\s/i.test(bareSubj) && bareSubj.split(/\s+/).some((w) => lexicon().companyNouns.has(w.toLowerCase().replace(/['’]s$/, '')));
      const org = company ? (namedHead(d, bareSubj, base + c.clauseFrom) ?? [...mentions].reverse().find((m) => m.kind === 'org' && m.end <= base + c.clauseFrom && m.end > base + c.clauseFrom - 600)) : undefined;
      const firm = company ? (org ? [org.party] : ctx.lastActor.length ? ctx.lastActor : null) : null;
      for (const p of titled ? [titled] : firm ?? (lead.length ? lead : pronoun && ctx.lastActor.length ? ctx.lastActor : ctx.home ? [ctx.home] : [])) addParty(parties, p);
    } else if (c.contextual || !subj) {
      // The speaker of reported speech, else the sides in context.
      const tailEnd = c.extra ? Math.max(c.extra[1], c.objTo) : c.objTo;
      const lead = partiesIn(text, base, base + c.clauseFrom, mentions, ctx.home);
      const trail = partiesIn(text, base + tailEnd, base + s.length, mentions, ctx.home);
      const speaker = { parties: [...lead.parties, ...trail.parties], get single() { return lead.single || trail.single; } };
      const outside = speaker.parties;
      if (c.kind === 'future-passive' && outside.length) outside.forEach((p) => addParty(parties, p));
      else if (c.kind === 'future-passive' && speaker.single) {
        const who = titledAnaphor(d, s.slice(c.objTo).replace(/\s+(?:informed|told|said|added|stated|noted|announced|revealed)\b.*$/s, '')) ?? ctx.home;
        if (who) addParty(parties, who);
      }
      else ctx.sides.forEach((p) => addParty(parties, p));
    }
  }
  // "The crown prince pledged …": a role only one person in the article holds.
  if (parties.length === 0 && subj && !subj.group && /^\s*[Tt]he\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s*$/u.test(s.slice(c.clauseFrom, c.subjTo))) {
    const who = titledAnaphor(d, s.slice(c.clauseFrom, c.subjTo));
    if (who) addParty(parties, who);
  }
  // A partner or recipient named in the object: "with China", "to Kenya", "between A and B".
  const obj = s.slice(c.objFrom, c.objTo);
  for (const m of obj.matchAll(/\b(with|to|between|for)\s+(?:the\s+)?(?:(?:government|governments|people|authorities)\s+of\s+(?:the\s+)?)?(?=\p{Lu})/gu)) {
    if (m[1] === 'to' && !(c.status === 'offered' || c.status === 'committed')) continue;
    if (m[1] === 'for' && c.status !== 'offered' && c.status !== 'committed') continue;
    const at = base + c.objFrom + (m.index ?? 0) + m[0].length;
    let hit = mentions.find((x) => x.start === at && x.kind !== 'person');
    // "with China's Rongsheng Petrochemical": the company, not its country.
    if (hit?.kind === 'state' && /^['’]s\s/.test(text.slice(hit.end, hit.end + 3))) {
      const from = hit.end;
      const owned = mentions.find((x) => x.kind === 'org' && x.start > from && x.start - from < 40 && /^['’]s\s+(?:[\p{Ll}-]+\s+){0,4}$/u.test(text.slice(from, x.start)));
      const bare = /^['’]s\s+((?:\p{Lu}[\p{L}\d&'’-]*)(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,4})/u.exec(text.slice(from, from + 60))?.[1];
      if (owned) hit = owned;
      else if (bare && !lexicon().titleWords.has(bare.split(' ')[0])) { addParty(parties, { name: bare, ref: null }); continue; }
    }
    if (hit) addParty(parties, hit.party);
    else if (m[1] === 'with' && (c.status === 'signed' || c.status === 'agreed')) {
      // A partner the taggers missed: "a deal with Afreximbank", "an MoU with Tata Steel".
      const name = /^(?:\p{Lu}[\p{L}\d&'’-]*)(?:\s+(?:\p{Lu}[\p{L}\d&'’-]*|of|and|for)){0,4}/u.exec(text.slice(at, at + 60))?.[0].replace(/\s+(?:of|and|for)$/, '').replace(/['’]s$/, '');
      if (name && !lexicon().titleWords.has(name.split(' ')[0])) addParty(parties, { name, ref: null });
    }
  }
  // "with a consortium of banks led by Standard Bank": the lead bank.
  const led = /\bwith\s+(?:a|an|the)\s+(?:consortium|group|syndicate|club)\s+of\s+[\p{Ll} -]{1,30}?\s+led\s+by\s+(?=\p{Lu})/u.exec(obj);
  if (led && (c.status === 'signed' || c.status === 'agreed')) {
    const at = base + c.objFrom + led.index + led[0].length;
    const hit = mentions.find((x) => x.start === at && x.kind !== 'person');
    const name = hit?.party.name ?? /^\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,3}/u.exec(text.slice(at, at + 60))?.[0];
    if (name) addParty(parties, hit?.party ?? { name, ref: null });
  }
  // "A judge approved Purdue Pharma's settlement with states": the sides of the settlement, not the court.
  if (/\b(?:judge|court|tribunal|arbitrator|justice)\b/i.test(s.slice(c.clauseFrom, c.subjTo)) && c.objFrom >= c.trigEnd) {
    const own = mentionsIn(mentions, base + c.objFrom, base + c.objTo).filter((m) => m.kind !== 'person' && /^['’]s\s/.test(text.slice(m.end, m.end + 3)));
    const poss = /^(?:the\s+)?((?:\p{Lu}[\p{L}\d&-]*\s+){0,3}\p{Lu}[\p{L}\d&-]*)['’]s\s/u.exec(obj)?.[1];
    const sides: Party[] = own.length ? own.map((m) => m.party) : poss ? [{ name: poss, ref: null }] : [];
    if (sides.length) {
      const subjNames = new Set(subj?.parties.map((p) => p.name) ?? []);
      const kept = parties.filter((p) => !subjNames.has(p.name));
      parties.length = 0;
      for (const p of [...sides, ...kept]) addParty(parties, p);
    }
  }
  // "During a meeting with X, the minister discussed …": X is the other side.
  const opening = /\b(?:meeting|talks|call|conversation|discussions?|consultations)\s+with\s+/i.exec(s.slice(0, c.clauseFrom));
  if (opening && parties.length) {
    for (const p of partiesIn(text, base + opening.index + opening[0].length, base + c.clauseFrom, mentions, ctx.home, false, true).parties) addParty(parties, p);
  }
  return parties;
}

