import { lastRoleStart, parseTitleAt, type ParsedTitle, type TitleContext } from './title-parse.js';
import { opensUpper } from '../lexicon/word-shape.js';

/** How far back a pre-nominal title may start (words). */
const MAX_TITLE_WORDS = 18;

/** Words that may follow an appositive title: "Naqvi, the interior minister, said …". */
const AFTER_APPOSITION = new Set(['said', 'says', 'told', 'added', 'noted', 'stated', 'who', 'has', 'had', 'was', 'is', 'will', 'would']);

const RETIRED = new Set(['retd', 'retired', 'r']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'been', 'was', 'is', 'were', 'be', 'being', 'will']);
const APPOINTED = new Set(['appointed', 'named', 'elected', 'nominated', 'promoted', 'posted', 'made', 'confirmed', 'sworn', 'installed', 'reappointed', 're-elected']);

/**
 * Titles attached to a name at words [start, end) of a sentence [sStart, sEnd): the pre-nominal
 * title ending right before the name ("acting US Ambassador Natalie Baker"), or before a comma
 * ("the Minister of the Interior, Mohin Naqvi"), and the appositive title after a comma
 * ("Mohsin Naqvi, the interior minister,"). A bare "the minister" elsewhere is never attached.
 */
export function titlesForName(ctx: TitleContext, spanStart: number, end: number, sStart: number, sEnd: number): ParsedTitle[] {
  const out: ParsedTitle[] = [];
  const { texts } = ctx.index;
  const { folds } = ctx.index;
  let limit = spanStart;
  // "the Inspector General of Police (IGP) Usman Anwar": the title's acronym in brackets
  if (texts[limit - 1] === ')' && texts[limit - 3] === '(' && limit - 3 > sStart && /^\p{Lu}{2,8}$/u.test(texts[limit - 2])) limit -= 3;
  // "Lt Gen (retd) Jahangir Alam": a retired officer's rank is a former one
  const retired = texts[limit - 1] === ')' && texts[limit - 3] === '(' && RETIRED.has(folds[limit - 2]);
  if (retired) limit -= 3;
  let pre = preNominal(ctx, limit, sStart);
  if (pre && retired) pre = { ...pre, qualifier: 'former' };
  if (!pre && limit - 1 > sStart && texts[limit - 1] === ',') pre = preNominal(ctx, limit - 1, sStart);
  // "Deputy Prime Minister and Foreign Minister Ishaq Dar", "Chief of Army Staff General Asim Munir": every title
  const chain: ParsedTitle[] = [];
  for (let guard = 0; pre && guard < 3; guard++) {
    chain.unshift(pre);
    const before = pre.start - 1 > sStart && (folds[pre.start - 1] === 'and' || texts[pre.start - 1] === ',') ? pre.start - 1 : pre.start;
    pre = before > sStart ? preNominal(ctx, before, sStart) : null;
  }
  out.push(...shareTail(ctx, chain));
  const after = end < sEnd ? appointedAt(ctx, end, sEnd) : null;
  if (after !== null) {
    // "Mohsin Naqvi, the interior minister," and "… appointed Ada Obi as Governor of the bank."
    // "Sheikh Mohammed, Vice President and Prime Minister of the UAE and Ruler of Dubai,": each title
    const post: ParsedTitle[] = [];
    for (let t = parseTitleAt(ctx, after, sEnd); t && post.length < 4; ) {
      post.push(t);
      // after "was appointed" the title is the predicate: "… appointed joint secretary in the ministry"
      // after "as" or "was appointed" the title is the predicate: "named Satsuki Katayama as finance minister on Tuesday"
      const predicate = (after > end + 1 || folds[end] === 'as') && !opensUpper(texts[t.end] ?? '');
      if (closesApposition(ctx, t.end, sEnd) || predicate || lowercaseTail(ctx, t.end, sEnd)) {
        out.push(...shareTail(ctx, post));
        break;
      }
      t = folds[t.end] === 'and' ? parseTitleAt(ctx, t.end + 1, sEnd) : null;
    }
  }
  return out;
}

/**
 * "Vice President and Prime Minister of the UAE", "Chairman and CEO of Acme": titles joined by
 * "and" share the country and organization the last one names.
 */
function shareTail(ctx: TitleContext, chain: ParsedTitle[]): ParsedTitle[] {
  const last = chain[chain.length - 1];
  if (!last || (!last.country && !last.org)) return chain;
  return chain.map((t, i) =>
    i < chain.length - 1 && ctx.index.folds[t.end] === 'and' ? { ...t, country: t.country ?? last.country, org: t.org ?? (t.country ? null : last.org) } : t,
  );
}

/** Where an appositive title may start after a name: ", the …", "as …", "has been appointed (as) …". */
function appointedAt(ctx: TitleContext, end: number, sEnd: number): number | null {
  const { texts, folds } = ctx.index;
  if (texts[end] === ',' || folds[end] === 'as') return end + 1;
  let k = end;
  while (k < sEnd && k < end + 3 && AUXILIARIES.has(folds[k])) k++;
  if (k === end || !APPOINTED.has(folds[k])) return null;
  k++;
  if (folds[k] === 'in' && folds[k - 1] === 'sworn') k++; // "was sworn in as"
  if (folds[k] === 'as') k++;
  return k < sEnd ? k : null;
}

/** The longest title that ends exactly at word `limit`. */
function preNominal(ctx: TitleContext, limit: number, sStart: number): ParsedTitle | null {
  let best: ParsedTitle | null = null;
  const from = Math.max(sStart, limit - MAX_TITLE_WORDS);
  // a title holds a role, so no start after the last role word before `limit` can parse
  for (let s = lastRoleStart(ctx, from, limit); s >= from; s--) {
    const t = parseTitleAt(ctx, s, limit);
    if (t && t.end === limit) best = t;
  }
  return best;
}

/** ", senior vice president of people experience and technology,": a lowercase remainder up to the comma. */
function lowercaseTail(ctx: TitleContext, end: number, sEnd: number): boolean {
  const { texts, folds } = ctx.index;
  if (!['of', 'for', 'at', 'in', 'on'].includes(folds[end])) return false;
  for (let k = end + 1; k < Math.min(sEnd, end + 9); k++) {
    if (texts[k] === ',') return true;
    if (!/^\p{Ll}/u.test(texts[k])) return false;
  }
  return false;
}

function closesApposition(ctx: TitleContext, end: number, sEnd: number): boolean {
  if (end >= sEnd) return true;
  const t = ctx.index.texts[end];
  if (/^[,.;:()—–!?"”]$/u.test(t)) return true;
  return AFTER_APPOSITION.has(ctx.index.folds[end]);
}
