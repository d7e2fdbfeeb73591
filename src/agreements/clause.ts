/**
 * Clause boundaries inside one sentence (sentence-relative offsets): where the clause that
 * holds a trigger starts (after a semicolon, a relative "where", a reporting verb "said",
 * "that"…) and where the stated action stops (before "during the meeting", ", he said", a date…).
 */

/** How far (in characters) a clause or an action may reach from its trigger. */
const WINDOW = 400;

const START_MARKS = [
  /;\s+/g,
  /:\s+/g,
  /\s[—–]\s+/g,
  /,\s+(?:where|while|and|but|whereas|after|as|with|adding(?: that)?|saying(?: that)?|noting(?: that)?)\s+/gi,
  /\s(?:after|before|when|once|because|since|although|though|whereas|until|unless)\s+(?=(?:the|a|an|its|their|his|her|both|[\p{Lu}]))/gu,
  /\b(?:that,?|said|says|stated|added|noted|told\s+(?:the\s+)?[\p{L}]+|informed\s+(?:the\s+)?[\p{L}]+|announced|revealed|confirmed|reported|observed|remarked|explained|emphasi[sz]ed|stressed|underlined|reiterated|assured|agreed that|decided that)\s+/gu, // lower case: "United States has" is no "states"

];

/** Start of the clause containing `pos`: the end of the last boundary before it. */
export function clauseStart(s: string, pos: number, from = 0): number {
  let best = from;
  // A clause opens within a few hundred characters of its verb: bounded work on run-on text.
  const scanFrom = Math.max(from, pos - WINDOW);
  for (const re of START_MARKS) {
    re.lastIndex = scanFrom;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null && m.index < pos) {
      const end = m.index + m[0].length;
      if (end <= pos && end > best) best = end;
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  // An opening adverbial ("During the meeting, …", "On the minister's directive, …") is not the subject.
  while (best < pos && /[\s,]/.test(s[best])) best++;
  const head = s.slice(best, pos);
  if (/^\p{L}+ly,\s/u.test(head)) best += head.indexOf(',') + 2;
  else if (/^(?:during|on|in|at|according|under|after|following|speaking|talking|addressing|earlier|later|meanwhile|separately|besides|moreover|furthermore|additionally|also|however|recogni[sz]ing|with|to|for|as|amid|despite|by|once|when|if|while|since|because|although|though|until|before)\b/i.test(head)) {
    const comma = head.lastIndexOf(', ');
    if (comma > 0) best += comma + 2;
  }
  return best;
}

const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const WEEKDAY_STOP = new RegExp(`,?\\s+(?:(?:on|last|this|next|by)\\s+)?(?:${DAYS})\\b`);
const STOPS: RegExp[] = [
  /[;:]\s/,
  /,?\s+and\s+that\s/, // "said X would … and that the two countries had …": a second reported clause
  /\.(?=\s|$)/,
  /\s[—–]\s/,
  /,\s+(?:while|which|who|where|whereas|but|although|though|according to|as part of|amid|after|before|in a bid|as\s+(?!well\b))\b/i,
  /,?\s+(?:he|she|they|it|officials?|sources|the\s+[\p{L}]+(?:\s+[\p{L}]+)?)\s+(?:said|says|added|noted|told|informed|stated|announced|confirmed|explained|reported)\b/iu,
  /,\s+(?:[\p{L}'’.-]+\s+){1,7}(?:said|says|added|noted|told|stated|announced|confirmed|reported)\b/u,
  /\s+(?:during|at)\s+(?:the|a|an|their|his|her|its)\s+(?:[\p{L}-]+\s+){0,3}(?:meeting|talks|summit|ceremony|session|event|visit|conference|call|sidelines|forum|meetings)\b/iu,
  /\s+on\s+the\s+sidelines\b/i,
  /,\s+(?:bringing|making|raising|taking|marking|ending|adding|saying|noting|creating|lifting|pushing|signalling|signaling|underscoring|highlighting)\b/i,
  WEEKDAY_STOP,
  /,?\s+(?:on|by)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/,
  /,?\s+(?:last|next|this|earlier this|later this)\s+(?:week|month|year|weekend)\b/i,
  /\s+(?:here|today|yesterday|tomorrow)\b(?=[\s,.]|$)/i,
  /\s+(?:in a joint statement|in a statement|according to)\b/i,
  /[“”"]/,
  /,\s+(?:it|he|she|they|we|I|there)\s+(?!will\b|would\b)\p{Ll}+/u,
  /,?\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d{2}\b/,
];

/** actionEnd's answers for the sentence last asked about (the scanners ask several times per trigger). */
let endsOf: string | null = null;
const endsFrom = new Map<number, number>();

/** End of the action that starts at `from` (sentence-relative): the earliest stop, or `limit`. */
export function actionEnd(s: string, from: number, limit = s.length): number {
  if (limit !== s.length) return stopAt(s, from, limit);
  if (s !== endsOf) {
    endsOf = s;
    endsFrom.clear();
  }
  let end = endsFrom.get(from);
  if (end === undefined) endsFrom.set(from, (end = stopAt(s, from, limit)));
  return end;
}

/**
 * A literal every match of a stop pattern holds: a window without it is skipped without running
 * the pattern (most windows hold no comma). A comma has no other case; the weekday pattern is
 * case-sensitive and every weekday ends in "day".
 */
const NEEDS = new Map<RegExp, string>([[WEEKDAY_STOP, 'day']]);
for (const re of STOPS) if (re.source.startsWith(',\\s+')) NEEDS.set(re, ',');

function stopAt(s: string, from: number, limit: number): number {
  const rest = s.slice(from, Math.min(limit, from + WINDOW));
  const comma = rest.includes(',');
  let end = rest.length;
  for (const re of STOPS) {
    const need = NEEDS.get(re);
    if (need !== undefined && !(need === ',' ? comma : rest.includes(need))) continue;
    const m = re.exec(rest);
    if (m && m.index > 0 && m.index < end) end = m.index;
  }
  return from + end;
}
