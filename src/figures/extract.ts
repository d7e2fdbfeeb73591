import type { Figure } from '../schema/article.js';
import { lex } from './lexer.js';
import { scanTokens, type ScanEnv } from './scan.js';
import { describe } from './describe.js';
import { cueCounter } from '../lexicon/currencies.js';

interface Span {
  start: number;
  end: number;
}

export interface FigureContext {
  /** Sentence spans in `text` (the sentences layer). */
  sentences: readonly Span[];
  /** Stretches with no facts (credits, footers). */
  excluded?: readonly Span[];
  /** Date and time spans (the dates stage): numbers inside them are not figures. */
  dates?: readonly (Span & { type?: string })[];
}

const TEMPERATURE = /temperat|heat|cold|freez|weather|mercury|warm|\bhot\b|chill|celsius|fahrenheit|°/i;
const MONEY = /\b(?:cost|costs|worth|paid|pay|pays|price|prices|spent|spend|fine|fined|budget|sterling|fund|funds|funding|salary|wage|bill|debt|loan|profit|revenue|sales?|sold|bought|buy|deal|award|awarded|compensation|million|billion|bn|invest|investment|tax|grant)\b|£/i;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)\d{3,4}[\s.-]?\d{3,5}|\+\d{1,3}[\s.-]?\d{2,5}[\s.-]\d{3,4}[\s.-]?\d{2,5}|\b0\d{2,4}-\d{6,8}\b|\b\d{3}-\d{3}-\d{4}\b/g;
/** A sentence that ends in an abbreviation before a number was split wrongly ("Rs. 500"). */
const ABBREV_END = /(?:^|[^\p{L}])(?:Rs|Re|No|Nos|pp|p|approx|Art|Sec|Vol|Tk|Dh|Dhs|Rp|Kshs|KShs|Sh|Shs|est|nr|Mr)\.$/u;

function mergeSplitSentences(text: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    // the digit test first: it is one character, and most sentences start with none
    if (last && /^\d/.test(text.slice(s.start, s.start + 1)) && ABBREV_END.test(text.slice(Math.max(last.start, last.end - 8), last.end)) && !/\n/.test(text.slice(last.end, s.start))) {
      last.end = s.end;
    } else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Drops binary floating-point noise from scaling: 16.4 x 1e6 is 16400000, not 16399999.999999998. */
const clean = (v: number) => Number(v.toPrecision(15));
const cleanValue = (v: number | { low: number; high: number }) => (typeof v === 'number' ? clean(v) : { low: clean(v.low), high: clean(v.high) });

const inside = (x: number, spans: readonly Span[] | undefined) => !!spans && spans.some((s) => x >= s.start && x < s.end);

/** Every figure in `text`, ids f1… in text order, spans and sentences in `text` coordinates. */
export function extractFigures(text: string, ctx: FigureContext): Figure[] {
  const figures: Figure[] = [];
  const cueCount = cueCounter(text);
  const dateSpans = (ctx.dates ?? []).filter((d) => d.type !== 'DURATION' && d.type !== 'SET');
  for (const s of mergeSplitSentences(text, ctx.sentences)) {
    const sentence = text.slice(s.start, s.end);
    if (!/[\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|lakh|crore|dozen|half|quarter|quarters|third|thirds|twice|thrice)\b|\Bfold\b/i.test(sentence)) continue;
    const toks = lex(text, s.start, s.end);
    const phones: Array<[number, number]> = [];
    PHONE.lastIndex = 0;
    for (let m = PHONE.exec(sentence); m; m = PHONE.exec(sentence)) phones.push([s.start + m.index, s.start + m.index + m[0].length]);
    const env: ScanEnv = { cueCount, temperature: TEMPERATURE.test(sentence), money: MONEY.test(sentence), phones };
    const described = describe(toks, scanTokens(toks, env));
    for (const f of described) {
      const start = toks[f.a].s;
      const end = toks[f.b - 1].e;
      const numAt = toks[f.numStart].s;
      if (inside(numAt, ctx.excluded) || inside(numAt, dateSpans)) continue;
      figures.push({
        id: '',
        start,
        end,
        text: text.slice(start, end),
        value: cleanValue(f.value),
        unit: f.unit,
        quantity: f.quantity,
        approximate: f.approximate,
        counts: f.counts,
        change: f.change,
        sentence: { start: s.start, end: s.end, text: sentence },
      });
    }
  }
  figures.sort((a, b) => a.start - b.start || a.end - b.end);
  figures.forEach((f, k) => (f.id = `f${k + 1}`));
  return figures;
}
