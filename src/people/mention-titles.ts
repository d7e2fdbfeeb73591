import { parseTitleAt, type ParsedTitle, type TitleContext } from './title-parse.js';

/** How far back a pre-nominal title may start (words). */
const MAX_TITLE_WORDS = 12;

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
  let pre = preNominal(ctx, spanStart, sStart);
  if (!pre && spanStart - 1 > sStart && texts[spanStart - 1] === ',') pre = preNominal(ctx, spanStart - 1, sStart);
  // "the Minister of Finance and Coordinating Minister of the Economy, Wale Edun": both titles
  for (let guard = 0; pre && guard < 3; guard++) {
    out.push(pre);
    pre = pre.start - 1 > sStart && ctx.index.folds[pre.start - 1] === 'and' ? preNominal(ctx, pre.start - 1, sStart) : null;
  }
  const { folds } = ctx.index;
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
