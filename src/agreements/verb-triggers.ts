import type { Candidate } from './candidate.js';
import { clauseStart, actionEnd } from './clause.js';
import { lazyRx, lexicon, type Frame, type Status } from './lexicon.js';
import { firstRun, foldsToAscii, WordTrie } from './word-trie.js';

const NOUN_BEFORE = /(?:(?:^|\s)(?:a|an|the|its|their|his|her|our|this|that|any|no|new|first|latest|an?\s+[a-z-]+|with|of|for|on|about|by|from|in|into|under|despite|amid)|['’]s)\s*$/i;
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|also\s+|now\s+|jointly\s+|formally\s+)?$/i;
const FUTURE_BEFORE = /\b(?:will|would|shall|['’]ll|(?:is|are|was|were)\s+(?:set|due|expected|scheduled|likely|poised|slated)\s+to|(?:plans?|planned|intends?|intended|decided|agreed|resolved|committed)\s+to)\s+(?:also\s+|soon\s+|formally\s+|jointly\s+|now\s+)?$/i;
const TIME_WORDS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?|week|weekend|month|year';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** Approval verbs: a board or cabinet approves schemes, mergers and "the construction of" as well as deals. */
const APPROVE = /^(?:approve[ds]?|okayed|cleared|endorse[ds]?|green-?lit|green-?lighted|give[ns]?\s.*|gave\s.*|signs?\s+off\s+on|signed\s+off\s+on)$/;
const EVALUATIVE = /\b(?:will|would|should|must|shall)\s+(?:not\s+)?be\s+(?:(?:\p{L}+ly|a|an|the|more|less|most|both|unavoidable|and)\s+){0,3}(?:necessary|unavoidable|needed|required|essential|important|vital|crucial|critical|possible|impossible|difficult|hard|easy|unlikely|likely|beneficial|useful|premature|unacceptable|acceptable|appropriate|better|best|worse|wrong|right|good|bad|key|enough|sufficient|insufficient|inevitable|costly|expensive|a\s+mistake|an?\s+(?:good|bad|important|major|key)\s+\p{L}+)\b/iu;
const PAST_FORM = /(?:ed|struck|undertook|greenlit|green-lit|gave|won|made|took|sought)$/i;

/** Adverbs and time phrases between the verb and its frame: "agreed on Wednesday to exchange …" (built once). */
let fillCache: string | null = null;
function FILL(): string {
  const lex = lexicon();
  fillCache ??= `(?:\\s+(?:${lex.fillerRe})|\\s+\\d{1,3}(?:-|–|\\s+to\\s+)\\d{1,3}(?=\\s+to\\s)|,?\\s+(?:on|in|late on|early on|late in|early in|last|this|earlier on|later on)\\s+(?:${TIME_WORDS})(?:\\s+\\d{1,2})?(?:\\s+(?:morning|afternoon|evening|night))?,?|,?\\s+(?:${WEEKDAYS}),?)*`;
  return fillCache;
}

const frameCache = new Map<string, RegExp>();

/** A frame's RegExp, built on first use under a short key (no per-call source string); lastIndex reset. */
function frameRx(key: string, build: () => string, flags: string): RegExp {
  let re = frameCache.get(key);
  if (!re) {
    re = new RegExp(build(), flags);
    frameCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

const VERB_RE = lazyRx(() => lexicon().verbRe.source, 'giu');
const VERB_AT = lazyRx(() => lexicon().verbRe.source, 'iuy');
let verbStarts: WordTrie | null = null;

/**
 * The verb-form matches from `from` on, as VERB_RE's exec loop finds them. A form's first word
 * stands as a whole run of ASCII letters (the pattern's lookarounds exclude letters), so the
 * pattern is tried (sticky) only where such a word starts, not at every character.
 */
function verbMatches(s: string, from: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (foldsToAscii(s)) {
    const re = VERB_RE();
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) out.push(m);
    return out;
  }
  verbStarts ??= new WordTrie(new Map([...lexicon().verbs.keys()].map((f) => [firstRun(f), 1])));
  let after = from;
  for (const at of verbStarts.startsIn(s, from)) {
    if (at < after) continue;
    const re = VERB_AT();
    re.lastIndex = at;
    const m = re.exec(s);
    if (!m) continue;
    after = at + m[0].length;
    out.push(m);
  }
  return out;
}

/**
 * Verb triggers: "agreed to …", "decided that …", "signed an MoU on …", "pledged $50m …",
 * "offered technical assistance …", "discussed ways to …", "jointly launched …".
 */
export function scanVerbs(s: string, from: number): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  for (const m of verbMatches(s, from)) {
    const form = m[0].toLowerCase().replace(/\s+/g, ' ');
    const entry = lex.verbs.get(form);
    if (!entry) continue;
    const trigStart = m.index;
    const trigEnd = m.index + m[0].length;
    const before = s.slice(Math.max(0, trigStart - 30), trigStart);
    const isPast = PAST_FORM.test(form.split(' ')[0]);
    if (!isPast && NOUN_BEFORE.test(before)) continue; // "the US's offer", "a new plan": nouns
    if (isPast && /(?:^|\s)(?:its|their|his|her|our|the|a|an|this|these|those|[$€£]?\s?\d[\d.,]*)\s+(?:(?:newly|recently|previously|jointly|already)\s+)?$/i.test(before)) continue; // "its proposed investments", "the $31 offered price"
    // A capitalised trigger inside a sentence is part of a name ("Futures and Options Exchange"), unless the line is in title case.
    if (/^\p{Lu}/u.test(m[0]) && trigStart > from && !titleCase(s)) continue;
    if (BE_BEFORE.test(before) && (entry.lemma !== 'commit' || /\b(?:be|been|being)\s+$/i.test(before))) continue; // passives: phrase scanner
    if (/,\s*(?:which|who)\s+(?:[\p{L}]+\s+){0,2}$/iu.test(before)) continue; // background in a relative clause
    const isThird = !isPast && /s$/.test(form);
    // ", pledging to accelerate …": a participle after a comma takes the main clause's subject.
    const participle = /ing$/.test(form) && /,\s*$/.test(before);
    if (/ing$/.test(form) && !participle) continue;
    let status: Status = entry.status;
    // A present form follows a subject ("Pakistan, US sign", "they offer"), not a noun inside a phrase ("tender offer").
    if (!isPast && !isThird && !participle && !FUTURE_BEFORE.test(before) && !/\bto\s+$/i.test(before)) {
      if (/\b(?:[Tt]he|[Aa]n?)\s+[\p{Lu}][\p{L}.]*\s+$/u.test(before)) continue;
      if (!/(?:^|\b(?:we|they|i|you|both|sides|countries|nations|governments|leaders|ministers|officials|parties|also|jointly)|[\p{Lu}][\p{L}.]*)\s*$/u.test(before.trimEnd() ? before : '')) continue;
    }
    if (!isPast && !isThird && !participle) {
      // A base form: a future ("will sign") or an infinitive after a plan, else a headline present.
      if (FUTURE_BEFORE.test(before)) {
        if (status === 'agreed' || status === 'signed' || status === 'committed') status = 'planned';
      } else if (/\bto\s+$/i.test(before) && entry.lemma !== 'discuss') continue;
    }
    const rest = s.slice(trigEnd, trigEnd + 300);
    const framed = matchFrame(rest, entry.frames, form);
    if (!framed) continue;
    // A completed sale or merger is done (signed); a completed programme review is a board's approval.
    if (framed.frame === 'completion') {
      if (!isPast && !isThird) continue;
      const review = /^(?:[^\s,;.]+\s+){1,6}?reviews?\b/i.test(rest.slice(framed.offset));
      if (review && !/\bboard\b/i.test(s.slice(clauseStart(s, trigStart, from), trigStart))) continue;
      if (!review) status = 'signed';
    }
    const objFrom = trigEnd + framed.offset;
    // "agreed that S" is a decision only when S says what will happen, not an opinion.
    if (framed.frame === 'that' && !/\b(?:will|would|shall|should|must|['’]ll|(?:is|are|was|were)\s+to)\b/i.test(s.slice(objFrom, actionEnd(s, objFrom)))) continue;
    // "decided that a ground war would be necessary": an assessment, not a decision to act.
    if (framed.frame === 'that' && EVALUATIVE.test(s.slice(objFrom, actionEnd(s, objFrom)))) continue;
    const clauseFrom = clauseStart(s, trigStart, from);
    out.push({
      kind: 'verb',
      status,
      trigStart,
      trigEnd,
      clauseFrom,
      subjTo: trigStart,
      objFrom,
      objTo: actionEnd(s, objFrom),
      prefix: '',
      extra: framed.withLen ? [trigEnd, trigEnd + framed.withLen] : null,
      contextual: false,
      needsJoint: framed.frame === 'joint',
      lemma: entry.lemma,
      participle,
    });
  }
  return out;
}

interface Framed {
  frame: Frame;
  offset: number;
  withLen: number;
}

function matchFrame(rest: string, frames: Frame[], form: string): Framed | null {
  const lex = lexicon();
  // Adverbs and time phrases between the verb and its frame: "agreed on Wednesday to exchange …".
  const fill = FILL();
  const w = frameRx('f1', () => `^${fill}\\s+with\\s+[^,;.]{1,80}?(?=\\s+(?:to|on|upon|that|in)\\s)`, 'i').exec(rest);
  const withLen = w ? w[0].length : 0;
  const r = rest.slice(withLen);
  for (const frame of frames) {
    let m: RegExpExecArray | null = null;
    if (frame === 'to') {
      // "agreed not to use force": the refusal is what was agreed; the action keeps "not to".
      m = frameRx('f2', () => `^${fill}\\s+to\\s+`, 'i').exec(r) ?? frameRx('f3', () => `^${fill}\\s+(?=not\\s+to\\s+)`, 'i').exec(r)
        // "agreed at the summit in The Hague to raise …": where, between the verb and its aim.
        ?? frameRx('f4', () => `^${fill}\\s+(?:at|during|after|following)\\s+(?:the|a|an|their|its|two\\s+days\\s+of)\\s+(?:(?!to\\b|and\\b|that\\b)[^\\s,;.]+\\s+){0,6}?to\\s+`, 'i').exec(r);
    }
    else if (frame === 'talks') {
      // "held productive discussions with the Kenyan authorities on a new programme".
      m = frameRx('f5', () => `^${fill}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:talks|discussions|consultations|negotiations)\\s+(?:with\\s+[^,;.]{1,60}?\\s+)?(?:on|about|over)\\s+`, 'iu').exec(r);
    }
    else if (frame === 'completion') {
      // "completed the third review of …", "completed the sale of its subsidiary": a deal done.
      m = frameRx('f6', () => `^${fill}\\s+(?=(?:the|its|their|a|an)\\s+(?:[^\\s,;.]+\\s+){0,5}?(?:reviews?|sale|acquisition|merger|purchase|takeover|divestment|transaction|deal)\\b)`, 'i').exec(r);
    }
    else if (frame === 'on') {
      m = frameRx('f7', () => `^${fill}\\s+(?:on|upon)\\s+(?!by\\b|(?:${TIME_WORDS})(?![\\p{L}]))`, 'iu').exec(r);
    } else if (frame === 'that') {
      // "assured the envoy that …": an addressee may come first.
      m = frameRx('f8', () => `^${fill}\\s+that\\s+`, 'i').exec(r) ?? (/^assur/.test(form) ? frameRx('f9', () => `^${fill}\\s+(?:(?:the|his|her|their|its)\\s+)?(?:[\\p{L}.'’-]+\\s+){0,4}?that\\s+`, 'iu').exec(r) : null);
    }
    else if (frame === 'deal' || frame === 'deal-strict') {
      const nouns = frame === 'deal' ? (APPROVE.test(form) ? lex.approvalNoun : lex.anyDealNoun) : lex.dealNoun;
      // "announced that Israel and Hamas had agreed …": the embedded clause states the agreement.
      const d = frameRx(`deal|${frame}|${nouns === lex.approvalNoun ? 'approval' : nouns === lex.anyDealNoun ? 'any' : 'deal'}`, () => `^${fill}\\s+(?!into\\b|by\\b|off\\b|up\\b${frame === 'deal-strict' ? '|that\\b' : ''})(?=(?:[^.;:]|\\.(?=\\d)){0,70}?(?<![\\p{L}-])(?:${nouns})(?![\\p{L}-]))`, 'iu').exec(r);
      if (d && !/^\s+into\s+law/i.test(r)) m = d;
    } else if (frame === 'deal-np') {
      // "won a $16.5 billion contract": the deal noun heads the object itself.
      m = frameRx('f11', () => `^${fill}\\s+(?=(?:(?:a|an|the|its|their|[$€£]?\\d[^\\s.,;]*)\\s+)?(?:[^\\s,;]+\\s+){0,4}?(?:${lex.anyDealNoun})(?![\\p{L}-]))`, 'iu').exec(r);
    } else if (frame === 'order') {
      // "placed a $38 billion order for 65 jets": a purchase agreed.
      m = frameRx('f12', () => `^${fill}\\s+(?=(?:a|an|its|their|[$€£]?\\d)[^\\s.,;]*\\s+(?:[^\\s,;]+\\s+){0,4}?orders?\\s+(?:for|with|worth)\\s)`, 'iu').exec(r);
    } else if (frame === 'np' || frame === 'joint') {
      m = frameRx('f13', () => `^${fill}\\s+(?!to\\b|that\\b|by\\b|with\\b|on\\b|in\\b|at\\b|of\\b|for\\b|from\\b|were\\b|was\\b|are\\b|is\\b|and\\b|or\\b|but\\b|last\\b|next\\b|this\\b|earlier\\b|later\\b|(?:${TIME_WORDS})\\b|[,.;:])`, 'i').exec(r);
    }
    // "pledged to Egypt": a recipient, not an infinitive or an object.
    if (m && frame === 'to' && /^\p{Lu}/u.test(r.slice(m[0].length))) m = null;
    if (m) return { frame, offset: withLen + m[0].length, withLen };
  }
  return null;
}

/** A headline in Title Case ("Pakistan, US Commit To Joint Efforts"): most words capitalised. */
function titleCase(s: string): boolean {
  const ws = s.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return ws.length > 0 && ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length > 0.7;
}
