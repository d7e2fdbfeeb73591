/**
 * Reconcile harness: `npx tsx scripts/eval-reconcile.ts test/reconcile/clusters [--half A|B] [--no-terms] [--verbose]`.
 * The folder holds article .txt files and `gold.json` ({articles: {file: {event, half, outlet,
 * published}}, conflicts: [{event, values: [fragment, fragment], kind}]}). Extracts every article
 * (the real pipeline), reconciles the chosen half and prints:
 * - B-cubed precision/recall/F1 of the events against the gold events, and pairwise link errors;
 * - conflict-kind accuracy: a gold conflict counts when one predicted conflict of an event holding
 *   its articles has two distinct values matching the two fragments (case-insensitive, in the value
 *   or its source spans) and the expected kind; plus `genuine` conflicts the gold does not list;
 * - official merges: people of one event sharing a surname but left apart.
 * - the medium evidence alone: AUC of the TF-IDF cosine (gold same-event pairs above different-event
 *   pairs), mean cosines, and the best F1 of "cosine >= x" as a pair classifier;
 * `--no-terms` drops the articles' `terms` (the fact-text fallback vector) to compare;
 * `--strip` also drops event dates and figures (text and officials must do the work alone).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../src/extract.js';
import { reconcile } from '../src/reconcile/index.js';
import { computeFeatures } from '../src/reconcile/features.js';
import { prepareInputs } from '../src/reconcile/input.js';
import { links, pairEvidence } from '../src/reconcile/pair-evidence.js';
import { parseName } from '../src/reconcile/names.js';
import type { Article } from '../src/schema/article.js';
import type { Events } from '../src/schema/events.js';

interface GoldArticle {
  event: string;
  half: string;
  outlet: string;
  published: string;
}
interface GoldConflict {
  event: string;
  values: [string, string];
  kind: string;
}
interface Gold {
  articles: Record<string, GoldArticle>;
  conflicts: GoldConflict[];
}

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'test/reconcile/clusters';
const halfAt = args.indexOf('--half');
const half = halfAt >= 0 ? args[halfAt + 1] : null;
const noTerms = args.includes('--no-terms');
const verbose = args.includes('--verbose');
const strip = args.includes('--strip');

const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
const files = Object.keys(gold.articles)
  .filter((f) => !half || gold.articles[f].half === half)
  .sort();

const articles: Article[] = files.map((f) => {
  const g = gold.articles[f];
  const a = extractText(readFileSync(join(dir, f), 'utf8'), { path: f }, { outlet: g.outlet, published: g.published });
  if (noTerms) delete (a as { terms?: unknown }).terms;
  return strip ? { ...a, eventDate: null, figures: [] } : a;
});

const out: Events = reconcile(articles);
const predicted = new Map<string, string>();
for (const e of out.events) for (const a of e.articles) predicted.set(a, e.id);

// B-cubed: per article, precision = |pred ∩ gold| / |pred|, recall = |pred ∩ gold| / |gold|.
let p = 0;
let r = 0;
for (const f of files) {
  const pred = files.filter((x) => predicted.get(x) === predicted.get(f));
  const same = files.filter((x) => gold.articles[x].event === gold.articles[f].event);
  const both = pred.filter((x) => same.includes(x)).length;
  p += both / pred.length;
  r += both / same.length;
}
p /= files.length;
r /= files.length;
const f1 = (2 * p * r) / (p + r);

const inputs = prepareInputs(articles);
const features = computeFeatures(inputs);
const linkErrors: string[] = [];
const sameCos: number[] = [];
const diffCos: number[] = [];
/** Decoys: different events that share an official or a stated day (what the text must tell apart). */
const decoyCos: number[] = [];
const pairLines: string[] = [];
for (let i = 0; i < features.length; i++)
  for (let j = i + 1; j < features.length; j++) {
    const e = pairEvidence(features[i], features[j]);
    const goldSame = gold.articles[inputs[i].id].event === gold.articles[inputs[j].id].event;
    const predSame = predicted.get(inputs[i].id) === predicted.get(inputs[j].id);
    const line = `${inputs[i].id} ${inputs[j].id} gold=${goldSame ? 'same' : 'diff'} pred=${predSame ? 'same' : 'diff'} link=${links(e)} cos=${e.cosine.toFixed(3)} day=${e.sameDay} figs=${e.sharedFigures} off=${e.sharedOfficials} places=${e.sharedPlaces} apart=${e.placesApart}/${e.officialsApart} terms=${e.terms}`;
    if (goldSame !== predSame) linkErrors.push(line);
    (goldSame ? sameCos : diffCos).push(e.cosine);
    if (!goldSame && (e.sharedOfficials > 0 || e.sameDay || e.placesApart === false)) decoyCos.push(e.cosine);
    if (verbose && (goldSame || e.cosine >= 0.1 || e.sharedOfficials > 0)) pairLines.push(line);
  }

// Conflict kinds.
const matches = (entry: unknown, fragment: string) => JSON.stringify(entry).toLowerCase().includes(fragment.toLowerCase());
let right = 0;
const conflictLines: string[] = [];
const goldConflicts = gold.conflicts.filter((c) => files.some((f) => gold.articles[f].event === c.event));
for (const g of goldConflicts) {
  const events = out.events.filter((e) => e.articles.some((a) => gold.articles[a].event === g.event));
  let found: string | null = null;
  for (const e of events)
    for (const c of e.conflicts) {
      const i = c.values.findIndex((v) => matches(v, g.values[0]));
      const j = c.values.findIndex((v, k) => k !== i && matches(v, g.values[1]));
      if (i >= 0 && j >= 0) found = found === g.kind ? found : c.kind;
    }
  if (found === g.kind) right++;
  conflictLines.push(`${found === g.kind ? 'ok  ' : 'MISS'} ${g.event}: ${g.values.join(' / ')} expected ${g.kind}, got ${found ?? 'no conflict'}`);
}
const goldGenuine = new Set(goldConflicts.filter((c) => c.kind === 'genuine').map((c) => c.event));
const spuriousGenuine = out.events.flatMap((e) =>
  e.conflicts
    .filter((c) => c.kind === 'genuine')
    .filter(() => !e.articles.some((a) => goldGenuine.has(gold.articles[a].event)))
    .map((c) => `${e.articles.join('+')} ${c.field}: ${c.values.map((v) => v.value).join(' | ')}`),
);

// Officials of one event with one surname left apart.
const splitOfficials: string[] = [];
for (const e of out.events) {
  const bySurname = new Map<string, string[]>();
  for (const o of e.officials) {
    const s = parseName(o.name)?.surname;
    if (s) bySurname.set(s, [...(bySurname.get(s) ?? []), o.name]);
  }
  for (const [, names] of bySurname) if (names.length > 1) splitOfficials.push(`${e.articles.join('+')}: ${names.join(' | ')}`);
}

const pct = (x: number) => (100 * x).toFixed(1);
function aucOf(pos: number[], neg: number[]): number {
  let above = 0;
  for (const x of pos) for (const y of neg) above += x > y ? 1 : x === y ? 0.5 : 0;
  return above / (pos.length * neg.length);
}
const auc = aucOf(sameCos, diffCos);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
let bestF = 0;
let bestAt = 0;
for (const at of [...sameCos, ...diffCos]) {
  const tp = sameCos.filter((x) => x >= at).length;
  const fp = diffCos.filter((x) => x >= at).length;
  const f = (2 * tp) / (2 * tp + fp + (sameCos.length - tp));
  if (f > bestF) [bestF, bestAt] = [f, at];
}
console.log(`articles ${files.length}${half ? ` (half ${half})` : ''}${noTerms ? ' without terms' : ''}${strip ? ' without dates/figures' : ''}: ${out.events.length} events (gold ${new Set(files.map((f) => gold.articles[f].event)).size})`);
console.log(`B-cubed P ${pct(p)} R ${pct(r)} F1 ${pct(f1)}`);
console.log(
  `cosine: AUC ${auc.toFixed(3)}; mean same-event ${mean(sameCos).toFixed(3)} (min ${Math.min(...sameCos).toFixed(3)}), different ${mean(diffCos).toFixed(3)} (max ${Math.max(...diffCos).toFixed(3)}); best pair F1 ${pct(bestF)} at cos >= ${bestAt.toFixed(3)}; decoys (${decoyCos.length}) AUC ${aucOf(sameCos, decoyCos).toFixed(3)} mean ${mean(decoyCos).toFixed(3)}`,
);
console.log(`conflict kinds ${right}/${goldConflicts.length}; genuine conflicts not in gold: ${spuriousGenuine.length}; officials left apart: ${splitOfficials.length}`);
for (const e of out.events) console.log(`  ${e.id} ${e.date?.value ?? '-'} ${e.articles.join(' ')}`);
for (const l of linkErrors) console.log(`  link error: ${l}`);
for (const l of conflictLines) if (verbose || l.startsWith('MISS')) console.log(`  ${l}`);
for (const l of spuriousGenuine) console.log(`  spurious genuine: ${l}`);
for (const l of splitOfficials) console.log(`  official split: ${l}`);
if (verbose) for (const l of pairLines) console.log(`  pair: ${l}`);
