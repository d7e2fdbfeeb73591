import { parseTitleAt, type ParsedTitle, type TitleContext } from './title-parse.js';

/** How far back a pre-nominal title may start (words). */
const MAX_TITLE_WORDS = 18;

/** Words that may follow an appositive title: "Naqvi, the interior minister, said …". */
const AFTER_APPOSITION = new Set(['said', 'says', 'told', 'added', 'noted', 'stated', 'who', 'has', 'had', 'was', 'is', 'will', 'would']);

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
  let pre = preNominal(ctx, limit, sStart);
  if (!pre && limit - 1 > sStart && texts[limit - 1] === ',') pre = preNominal(ctx, limit - 1, sStart);
  // "Deputy Prime Minister and Foreign Minister Ishaq Dar", "Chief of Army Staff General Asim Munir": every title
  const chain: ParsedTitle[] = [];
  for (let guard = 0; pre && guard < 3; guard++) {
    chain.unshift(pre);
    const before = pre.start - 1 > sStart && (folds[pre.start - 1] === 'and' || texts[pre.start - 1] === ',') ? pre.start - 1 : pre.start;
    pre = before > sStart ? preNominal(ctx, before, sStart) : null;
  }
  out.push(...chain);
  if (end < sEnd && (texts[end] === ',' || folds[end] === 'as')) {
    // "Mohsin Naqvi, the interior minister," and "… appointed Ada Obi as Governor of the bank."
    const t = parseTitleAt(ctx, end + 1, sEnd);
    if (t && closesApposition(ctx, t.end, sEnd)) out.push(t);
  }
  return out;
}

/** The longest title that ends exactly at word `limit`. */
function preNominal(ctx: TitleContext, limit: number, sStart: number): ParsedTitle | null {
  let best: ParsedTitle | null = null;
  for (let s = limit - 1; s >= Math.max(sStart, limit - MAX_TITLE_WORDS); s--) {
    const t = parseTitleAt(ctx, s, limit);
    if (t && t.end === limit) best = t;
  }
  return best;
}

function closesApposition(ctx: TitleContext, end: number, sEnd: number): boolean {
  if (end >= sEnd) return true;
  const t = ctx.index.texts[end];
  if (/^[,.;:()—–!?"”]$/u.test(t)) return true;
  return AFTER_APPOSITION.has(ctx.index.folds[end]);
}
