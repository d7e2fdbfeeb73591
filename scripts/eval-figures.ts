/**
 * Figures dev harness: `npm run eval:figures -- /work/shared/data`.
 * Runs each suite's sentences through the real pipeline stages (tokens → sentences → metadata →
 * dates → figures, the CLI's code path) and prints P/R/F1 on value and on value+unit per suite.
 * Gold and predicted figures match when their spans overlap and values agree (ranges by their
 * bounds, or by midpoint for quantulum3's value±uncertainty); value+unit also needs the suite's
 * unit name to map to ours (tables below).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDocument } from '../src/document/document.js';
import { runPipeline } from '../src/pipeline/run.js';
import { DEFAULT_PIPELINE } from '../src/pipeline/default.js';
import type { Figure } from '../src/schema/article.js';
import { unitLexicon } from '../src/lexicon/units.js';
import { currencyLexicon } from '../src/lexicon/currencies.js';
import { readdirSync } from 'node:fs';

const root = process.argv[2] ?? '/work/shared/data';
const verbose = process.argv.includes('--verbose');
const STAGES = DEFAULT_PIPELINE.filter((s) => ['tokens', 'sentences', 'metadata', 'dates', 'figures'].includes(s.name));

interface Gold {
  start: number;
  end: number;
  value: number | { low: number; high: number };
  /** Midpoint comparison (quantulum3 writes a range as value ± uncertainty). */
  mid?: boolean;
  units: string[] | null;
  counted?: string;
}
interface Case {
  text: string;
  gold: Gold[];
}
interface Suite {
  name: string;
  cases: Case[];
  keep: (f: Figure) => boolean;
  /** Score value+unit (false for suites without units). */
  units: boolean;
}

const read = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8'));

// --- unit vocabularies → ours -------------------------------------------------------------
const QUANTULUM: Record<string, string[]> = {
  dimensionless: ['', 'person'], metre: ['m'], kilometre: ['km'], 'square kilometre': ['km2'], 'square mile': ['mi2'],
  'pound sterling': ['GBP'], dollar: ['USD'], euro: ['EUR'], inch: ['in'], week: ['week'], day: ['day'], year: ['year'],
  month: ['month'], minute: ['minute'], second: ['s'], hour: ['hour'], gallon: ['gal'], percentage: ['%'],
  'degree Celsius': ['degC'], 'degree fahrenheit': ['degF'], 'pound-mass': ['lb'], milligram: ['mg'], 'cubic centimetre': ['ml'],
  centilitre: ['cl'], litre: ['l'], kilogram: ['kg'], gram: ['g'], tonne: ['t'], ton: ['ton', 't'], watt: ['W'], 'watt hour': ['Wh'],
  'megawatt hour': ['MWh'], kibibyte: ['KiB'], bit: ['bit'], byte: ['B'], teraelectronvolt: ['TeV'], gray: ['Gy'], milligray: ['mGy'],
  kelvin: ['K'], cent: ['USX'], mile: ['mi'], foot: ['ft'], 'count per week': ['x/week', '1/week'], 'watt per minute': ['W/minute'],
  'dollar per kilogram': ['USD/kg'], 'litre per kilometre': ['l/km'], 'kilometre per square second': ['km/s2'], 'kilobit per second': ['kbps', 'kbit/s'], 'ton per day': ['ton/day', 't/day'],
  megayear: ['Myr'], picometre: ['pm'], cup: ['cup'], tablespoon: ['tbsp'], 'british thermal unit': ['BTU'],
};
const RT_CURRENCY: Record<string, string[]> = {
  Dollar: ['USD'], Franc: ['franc', 'CHF', 'XOF', 'XAF', 'FRF'], Pence: ['GBX'], Cent: ['USX'], Pound: ['GBP'],
  Rupee: ['rupee', 'INR', 'PKR', 'LKR', 'NPR'], Bitcoin: ['XBT'], Satoshi: ['SAT'], 'Japanese yen': ['JPY'], 'Chinese yuan': ['CNY'],
};
const RT_DIMENSION: Record<string, string[]> = {
  Pound: ['lb'], Inch: ['in'], Mile: ['mi'], Barrel: ['bbl'], Ounce: ['oz'], Foot: ['ft'], Gallon: ['gal'], 'Cubic foot': ['ft3'],
  'Square meter': ['m2'], Bit: ['bit'], Meter: ['m'], Kilometer: ['km'], Millimeter: ['mm'], 'Metric ton': ['t'], Megabyte: ['MB'],
  Picometer: ['pm'], Decimeter: ['dm'], Teaspoon: ['tsp'], Dram: ['dram'], 'Meter per millisecond': ['m/ms'],
  'Centimeter per millisecond': ['cm/ms'], 'Kilometer per millisecond': ['km/ms'], Kilogram: ['kg'], Microgram: ['ug'],
  Degree: ['deg'], Radian: ['rad'], Turn: ['turn'], Centimeter: ['cm'], Yard: ['yd'], Liter: ['l'], Gram: ['g'],
  'Square kilometer': ['km2'], 'Square foot': ['ft2'], Acre: ['acre'], Hectare: ['hectare'], 'Kilometer per hour': ['km/h'],
  'Mile per hour': ['mph'], Ton: ['ton', 't'], Kilobyte: ['KB'], Gigabyte: ['GB'], Terabyte: ['TB'], Byte: ['B'],
};
const PROBE: Record<string, string[]> = {
  '': ['', 'person'], t: ['t', 'ton'], RUPEE: ['rupee', 'PKR', 'INR', 'LKR', 'NPR'], ha: ['hectare'], '1/year': ['1/year', 'person/year'],
};

/**
 * A suite's unit name our way when the tables above do not list it: looked up in our own unit
 * and currency lexicons ("kilogram" → kg, "square mile" → mi2, "X per Y" → X/Y, "Euro" → EUR).
 */
function viaLexicon(name: string): string[] {
  const l = name.toLowerCase();
  const per = /^(.+?) per (.+)$/.exec(l);
  if (per) {
    const [a, b] = [viaLexicon(per[1]), viaLexicon(per[2])];
    return a.flatMap((x) => b.map((y) => `${x}/${y}`));
  }
  const lx = unitLexicon();
  for (const key of [l, `${l}s`, l.replace(/metre/g, 'meter'), l.replace(/meter/g, 'metre')]) {
    const u = lx.byName.get(key);
    if (u) return [u.id];
  }
  const cx = currencyLexicon();
  const c = cx.names.get(l) ?? cx.names.get(`${l}s`);
  if (c) return 'code' in c ? [c.code] : [...c.ambiguous.candidates.map((x) => x.code), c.ambiguous.unit ?? ''].filter(Boolean);
  return [`?${name}`];
}
const mapUnit = (table: Record<string, string[]>, name: string) => table[name] ?? viaLexicon(name);

// --- suites --------------------------------------------------------------------------------
function spanOf(text: string, surface: string): [number, number] {
  let at = text.indexOf(surface);
  if (at < 0) at = text.toLowerCase().indexOf(surface.toLowerCase());
  return at < 0 ? [-1, -1] : [at, at + surface.length];
}

/** The suite files present (dev halves here; held-out halves too when they are put beside them). */
function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(root, dir)).filter((f) => pattern.test(f)).sort().map((f) => `${dir}/${f}`);
}

function quantulum(): Suite {
  const cases: Case[] = [];
  for (const file of files('quantulum3', /^quantities.*\.json$/)) {
    for (const c of read(file) as { req: string; res: { value: number; unit: string; surface: string; uncertainty?: number | null }[] }[]) {
      cases.push({
        text: c.req,
        gold: c.res.map((r) => {
          const [start, end] = spanOf(c.req, r.surface);
          return { start, end, value: r.value, mid: !!r.uncertainty, units: mapUnit(QUANTULUM, r.unit) };
        }),
      });
    }
  }
  return { name: `quantulum3 (${files('quantulum3', /^quantities.*\.json$/).length} files)`, cases, keep: () => true, units: true };
}

interface RtCase {
  Input: string;
  Results: { Text: string; Start: number; End: number; Resolution?: { value?: string | null; unit?: string; isoCurrency?: string } }[];
}

function recognizers(fileOrPattern: string | RegExp, name: string, keep: (f: Figure) => boolean, unitOf: ((r: RtCase['Results'][number]) => string[]) | null): Suite {
  const cases: Case[] = [];
  const list = typeof fileOrPattern === 'string' ? [`recognizers-text/${fileOrPattern}`] : files('recognizers-text', fileOrPattern);
  for (const c of list.flatMap((f) => read(f) as RtCase[])) {
    const gold: Gold[] = [];
    for (const r of c.Results) {
      const raw = r.Resolution?.value;
      if (raw === null || raw === undefined || raw === 'null') continue; // a unit named without a number
      const value = Number(String(raw).replace(/%$/, ''));
      if (!Number.isFinite(value)) continue;
      gold.push({ start: r.Start, end: r.End + 1, value, units: unitOf ? unitOf(r) : null });
    }
    cases.push({ text: c.Input, gold });
  }
  return { name, cases, keep, units: unitOf !== null };
}

function probe(): Suite {
  const cases: Case[] = [];
  for (const c of read('news-figures-probe/cases.json') as { text: string; figures: { text: string; value?: number; range?: [number, number]; unit: string; counted?: string }[] }[]) {
    cases.push({
      text: c.text,
      gold: c.figures.map((f) => {
        const [start, end] = spanOf(c.text, f.text);
        return { start, end, value: f.range ? { low: f.range[0], high: f.range[1] } : (f.value as number), units: PROBE[f.unit] ?? [f.unit], counted: f.counted };
      }),
    });
  }
  return { name: 'news-figures-probe', cases, keep: () => true, units: true };
}

// --- scoring -------------------------------------------------------------------------------
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
function sameValue(g: Gold, f: Figure): boolean {
  const v = f.value;
  if (typeof g.value === 'object') return typeof v === 'object' && close(v.low, g.value.low) && close(v.high, g.value.high);
  if (typeof v === 'object') return g.mid ? close((v.low + v.high) / 2, g.value) : false;
  return close(v, g.value);
}
const overlaps = (g: Gold, f: Figure) => g.start < f.end && f.start < g.end;

interface Score {
  tp: number;
  tpUnit: number;
  gold: number;
  pred: number;
  counted: number;
  countedOk: number;
}

function run(suite: Suite, total: Score): Score {
  const s: Score = { tp: 0, tpUnit: 0, gold: 0, pred: 0, counted: 0, countedOk: 0 };
  for (const c of suite.cases) {
    const doc = makeDocument({ id: 'eval' }, c.text, {});
    const figs = (runPipeline(doc, STAGES).layers.figures ?? []).filter(suite.keep);
    s.gold += c.gold.length;
    s.pred += figs.length;
    const usedV = new Set<number>();
    const usedU = new Set<number>();
    const misses: string[] = [];
    for (const g of c.gold) {
      const iv = figs.findIndex((f, k) => !usedV.has(k) && overlaps(g, f) && sameValue(g, f));
      if (iv >= 0) usedV.add(iv);
      const iu = figs.findIndex((f, k) => !usedU.has(k) && overlaps(g, f) && sameValue(g, f) && (!suite.units || (g.units ?? []).includes(f.unit)));
      if (iu >= 0) {
        usedU.add(iu);
        if (g.counted) {
          s.counted++;
          const head = g.counted.toLowerCase().split(' ').pop() ?? '';
          if ((figs[iu].counts ?? '').toLowerCase().includes(head)) s.countedOk++;
          else if (verbose) misses.push(`  counted: gold "${g.counted}" got "${figs[iu].counts}"`);
        }
      } else if (verbose) misses.push(`  MISS ${JSON.stringify(c.text.slice(g.start, g.end))} ${JSON.stringify(g.value)} ${g.units?.join('|')}`);
    }
    if (verbose) {
      figs.forEach((f, k) => {
        if (!usedU.has(k)) misses.push(`  EXTRA ${JSON.stringify(f.text)} ${JSON.stringify(f.value)} ${f.unit} ${f.quantity}`);
      });
      if (misses.length) console.log(`${c.text.slice(0, 160)}\n${misses.join('\n')}`);
    }
    s.tp += usedV.size;
    s.tpUnit += usedU.size;
  }
  for (const k of Object.keys(s) as (keyof Score)[]) total[k] += s[k];
  return s;
}

const prf = (tp: number, pred: number, gold: number) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(100 * f).toFixed(1)}`;
};

function report(name: string, s: Score, units: boolean) {
  const line = `${name.padEnd(34)} gold ${String(s.gold).padStart(4)} pred ${String(s.pred).padStart(4)} | value: ${prf(s.tp, s.pred, s.gold)}`;
  console.log(units ? `${line} | value+unit: ${prf(s.tpUnit, s.pred, s.gold)}` : `${line} | (no units)`);
}

const money = (f: Figure) => f.quantity === 'money' || f.quantity === 'price';
const DIMENSIONS = new Set(['mass', 'length', 'area', 'volume', 'information', 'speed', 'angle', 'rate', 'data-rate']);
const currencyUnit = (r: RtCase['Results'][number]) => (r.Resolution?.isoCurrency ? [r.Resolution.isoCurrency] : mapUnit(RT_CURRENCY, r.Resolution?.unit ?? ''));
const dimensionUnit = (r: RtCase['Results'][number]) => mapUnit(RT_DIMENSION, r.Resolution?.unit ?? '');

const zero = (): Score => ({ tp: 0, tpUnit: 0, gold: 0, pred: 0, counted: 0, countedOk: 0 });
const dev = zero();
const t0 = performance.now();
const suites: [Suite, Score][] = [
  [quantulum(), dev],
  [recognizers(/^CurrencyModel.*\.json$/, 'recognizers Currency', money, currencyUnit), dev],
  [recognizers(/^DimensionModel.*\.json$/, 'recognizers Dimension', (f) => DIMENSIONS.has(f.quantity), dimensionUnit), dev],
];
for (const [suite, acc] of suites) report(suite.name, run(suite, acc), true);
report('= quantulum3 + Recognizers Cur+Dim', dev, true);
const extra = zero();
report('recognizers Percent (complete)', run(recognizers('PercentModel.json', 'percent', (f) => f.unit === '%', () => ['%']), extra), true);
report('recognizers Number (complete)', run(recognizers('NumberModel.json', 'number', () => true, null), zero()), false);
const pr = zero();
const probeScore = run(probe(), pr);
report('news-figures-probe', probeScore, true);
console.log(`news-figures-probe counted: ${probeScore.countedOk}/${probeScore.counted} matched figures name the gold counted noun`);
console.log(`(${(performance.now() - t0).toFixed(0)} ms total)`);

// --- speed: `npm run eval:figures -- /work/shared/data --bench` -----------------------------
if (process.argv.includes('--bench')) {
  const dir = new URL('../fixtures/seeds/', import.meta.url);
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
  const upstream = STAGES.filter((s) => s.name !== 'figures');
  const figuresStage = STAGES.find((s) => s.name === 'figures')!;
  const prepared = texts.map((t) => {
    const doc = makeDocument({ id: 'bench' }, t, { published: '2025-12-07' });
    return { doc, ...runPipeline(doc, upstream) };
  });
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (let w = 0; w < 50; w++) for (const p of prepared) figuresStage.run(p.doc, p.layers, p.ctx);
  const rounds = 400;
  const t1 = performance.now();
  for (let r = 0; r < rounds; r++) for (const p of prepared) figuresStage.run(p.doc, p.layers, p.ctx);
  const ms = (performance.now() - t1) / rounds;
  console.log(`figures stage: ${(ms / texts.length).toFixed(3)} ms per article, ${((ms / chars) * 3000).toFixed(3)} ms per 3 kB (${texts.length} seed articles, ${chars} chars, ${rounds} rounds, warm)`);
}
