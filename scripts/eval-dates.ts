/**
 * Dates dev harness: `npm run eval:dates -- <folder of .tml> [--errors N] [--baseline] [--full]`.
 * Each TimeML file becomes a Document (its DCT is the published date) and runs through the same
 * `runPipeline` as the CLI; prints strict/relaxed extent P/R/F1 and value F1 (TempEval-3).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeDocument } from '../src/document/document.js';
import { runPipeline } from '../src/pipeline/run.js';
import { datesStage } from '../src/pipeline/stages/dates.js';
import { DEFAULT_PIPELINE } from '../src/pipeline/default.js';
import type { Layers } from '../src/pipeline/layers.js';
import type { Document } from '../src/document/document.js';
import { readTimeML, type TimeMLDoc } from '../src/dates/timeml.js';
import { chronoCasual } from '../src/dates/news-chrono.js';
import { countMatches, emptyCounts, prf, type Counts, type TimexLike } from '../src/dates/score.js';

function tmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tmlFiles(p));
    else if (name.endsWith('.tml') && !name.startsWith('._')) out.push(p);
  }
  return out;
}

function report(label: string, c: Counts): void {
  const s = prf(c.strict, c.system, c.gold);
  const r = prf(c.relaxed, c.system, c.gold);
  const v = prf(c.value, c.system, c.gold);
  const t = prf(c.type, c.system, c.gold);
  const pct = (x: number) => (100 * x).toFixed(2);
  console.log(`${label}: gold ${c.gold}, system ${c.system}`);
  console.log(`  strict  P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f1)}`);
  console.log(`  relaxed P ${pct(r.p)}  R ${pct(r.r)}  F1 ${pct(r.f1)}`);
  console.log(`  value   P ${pct(v.p)}  R ${pct(v.r)}  F1 ${pct(v.f1)}`);
  if (c.type) console.log(`  type    P ${pct(t.p)}  R ${pct(t.r)}  F1 ${pct(t.f1)}`);
}

/** chrono alone, as a baseline: its text as the extent and its date at chrono's own granularity. */
function chronoAlone(doc: TimeMLDoc): TimexLike[] {
  const ref = doc.dct ? new Date(`${doc.dct}T12:00:00Z`) : new Date(0);
  return chronoCasual.parse(doc.text, ref).map((r) => {
    const c = r.start;
    const d = c.date();
    const y = String(d.getUTCFullYear());
    const m = String(d.getUTCMonth() + 1).padStart(2, '0');
    const day = String(d.getUTCDate()).padStart(2, '0');
    const value = c.isCertain('day') || c.isCertain('weekday') || !c.isCertain('month') ? `${y}-${m}-${day}` : `${y}-${m}`;
    return { start: r.index, end: r.index + r.text.length, value };
  });
}

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npm run eval:dates -- <folder of .tml> [--errors N] [--baseline] [--full]');
  process.exit(2);
}
// The CLI's stages, in its order, up to and including dates (what dates depend on); --full runs
// every stage, as `newsfacts extract` does.
const stages = args.includes('--full') ? DEFAULT_PIPELINE : DEFAULT_PIPELINE.slice(0, DEFAULT_PIPELINE.indexOf(datesStage) + 1);
const showErrors = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1] ?? 50) : 0;
const total = emptyCounts();
const base = emptyCounts();
let chars = 0;
const stageMs = new Map<string, number>();
const errors: string[] = [];
const timed: { doc: Document; layers: Partial<Layers>; reference: string | null }[] = [];
const files = tmlFiles(dir);
// Warm up (JIT, lazy chrono state) so the per-article timing is the steady state of a batch.
if (files.length) {
  const first = readTimeML(files[0], readFileSync(files[0], 'utf8'));
  for (let i = 0; i < 5; i++) runPipeline(makeDocument({ id: 'warm' }, first.text, first.dct ? { published: first.dct } : {}), stages);
}
for (const file of files) {
  const doc = readTimeML(file, readFileSync(file, 'utf8'));
  chars += doc.text.length;
  const d = makeDocument({ id: doc.id }, doc.text, doc.dct ? { published: doc.dct } : {});
  const { layers, ctx } = runPipeline(d, stages, stageMs);
  timed.push({ doc: d, layers, reference: ctx.reference });
  const system = layers.dates ?? [];
  countMatches(doc.timexes, system, total);
  if (args.includes('--baseline')) countMatches(doc.timexes, chronoAlone(doc), base);
  if (showErrors) {
    for (const g of doc.timexes) {
      const s = system.find((x) => x.start < g.end && g.start < x.end);
      if (!s) errors.push(`MISS  [${doc.dct}] ${g.type} "${g.text}" ${g.value}  | ${doc.text.slice(Math.max(0, g.start - 50), g.end + 30).replace(/\s+/g, ' ')}`);
      else if (s.value !== g.value) errors.push(`VALUE [${doc.dct}] "${g.text}" gold ${g.value} (${g.type}) sys "${s.text}" ${s.value} (${s.type}) | ${doc.text.slice(Math.max(0, g.start - 60), g.end + 30).replace(/\s+/g, ' ')}`);
      else if (s.start !== g.start || s.end !== g.end) errors.push(`EXTENT [${doc.dct}] gold "${g.text}" sys "${s.text}" ${s.value} | ${doc.text.slice(Math.max(0, g.start - 50), g.end + 30).replace(/\s+/g, ' ')}`);
    }
    for (const s of system) if (!doc.timexes.some((g) => s.start < g.end && g.start < s.end)) errors.push(`EXTRA [${doc.dct}] "${s.text}" ${s.value} | ${doc.text.slice(Math.max(0, s.start - 50), s.end + 30).replace(/\s+/g, ' ')}`);
  }
}
report('newsfacts dates', total);
if (args.includes('--baseline')) report('chrono alone', base);
// The dates stage alone, re-run over every document: wall time (shared machine) and CPU time.
const cpu0 = process.cpuUsage();
const wall0 = performance.now();
for (const t of timed) datesStage.run(t.doc, t.layers, { reference: t.reference });
const wall = performance.now() - wall0;
const cpu = process.cpuUsage(cpu0);
const per3k = (ms: number) => ((ms / chars) * 3000).toFixed(2);
console.log(`dates stage (in pipeline, wall): ${per3k(stageMs.get('dates') ?? 0)} ms per 3 kB`);
console.log(`dates stage (re-run alone): wall ${per3k(wall)} ms, CPU ${per3k((cpu.user + cpu.system) / 1000)} ms per 3 kB over ${(chars / 1000).toFixed(0)} kB`);
if (showErrors) for (const e of errors.slice(0, showErrors)) console.log(e);
