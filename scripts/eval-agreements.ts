/**
 * npm run eval:agreements [-- path/to/dev.jsonl] [--verbose]
 * Detection P/R/F1 (a prediction matches an expected agreement when every keyword occurs in its
 * action), status accuracy and party accuracy over the matched pairs.
 *
 * npm run eval:agreements -- --scan <folder>   prints every agreement found in the folder's
 * .txt files and TimeML .tml files (e.g. /work/shared/data/tempeval3-tbaq), for review by eye.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { prepareDocument } from '../src/extract.js';
import { runPipeline } from '../src/pipeline/run.js';
import type { Agreement } from '../src/schema/article.js';

interface Expected {
  status: string | string[];
  parties: string[];
  keywords: string[];
}
interface Case {
  id: string;
  text?: string;
  file?: string;
  published?: string;
  expected: Expected[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(?:txt|tml)$/.test(name)) yield p;
  }
}

if (args.includes('--scan')) {
  const dir = args[args.indexOf('--scan') + 1];
  let n = 0;
  for (const f of files(dir)) {
    const raw = readFileSync(f, 'utf8');
    const tml = f.endsWith('.tml');
    const published = tml ? /value="(\d{4}-\d{2}-\d{2})"/.exec(raw)?.[1] : undefined;
    const text = tml ? (/<TEXT>([\s\S]*?)<\/TEXT>/.exec(raw)?.[1] ?? '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"') : raw;
    const doc = prepareDocument(text, { path: f }, published ? { published } : {});
    for (const a of runPipeline(doc).layers.agreements ?? []) {
      n++;
      console.log(`${f} [${a.status}] {${a.parties.map((p) => p.name).join(', ')}} ${a.action}${a.date ? ` @${a.date}` : ''}\n    <${a.text.replace(/\s+/g, ' ')}>`);
    }
  }
  console.log(`${n} agreements`);
  process.exit(0);
}
const path = args.find((a) => !a.startsWith('--')) ?? 'fixtures/agreements-dev/dev.jsonl';
const cases: Case[] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

const matches = (e: Expected, a: Agreement) => e.keywords.every((k) => a.action.toLowerCase().includes(k.toLowerCase()));
let tp = 0, fp = 0, fn = 0, statusOk = 0, partyOk = 0, partyExact = 0;
let ms = 0;
for (const c of cases) {
  const text = c.text ?? readFileSync(c.file!, 'utf8');
  const t0 = performance.now();
  const doc = prepareDocument(text, { id: c.id }, c.published ? { published: c.published } : {});
  const got = runPipeline(doc).layers.agreements ?? [];
  ms += performance.now() - t0;
  const used = new Set<number>();
  const lines: string[] = [];
  for (const e of c.expected) {
    const i = got.findIndex((a, k) => !used.has(k) && matches(e, a));
    if (i < 0) {
      fn++;
      lines.push(`  MISS  [${[e.status].flat().join('/')}] ${e.keywords.join(' + ')}`);
      continue;
    }
    used.add(i);
    tp++;
    const a = got[i];
    const sOk = [e.status].flat().includes(a.status);
    const names = a.parties.map((p) => p.name.toLowerCase());
    const pOk = e.parties.every((p) => names.includes(p.toLowerCase()));
    const pExact = pOk && (e.parties.length === 0 || names.length === e.parties.length);
    statusOk += sOk ? 1 : 0;
    partyOk += pOk ? 1 : 0;
    partyExact += pExact ? 1 : 0;
    if (!sOk || !pOk) lines.push(`  WRONG [${a.status} vs ${[e.status].flat().join('/')}] {${a.parties.map((p) => p.name).join(', ')}} vs {${e.parties.join(', ')}} ${a.action}`);
  }
  got.forEach((a, k) => {
    if (used.has(k)) return;
    fp++;
    lines.push(`  EXTRA [${a.status}] {${a.parties.map((p) => p.name).join(', ')}} ${a.action}`);
  });
  if (verbose && lines.length) console.log(`${c.id}\n${lines.join('\n')}`);
}
const p = tp / Math.max(1, tp + fp);
const r = tp / Math.max(1, tp + fn);
const f1 = (2 * p * r) / Math.max(1e-9, p + r);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`cases ${cases.length}  expected ${tp + fn}  predicted ${tp + fp}`);
console.log(`detection  P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1)}  (tp ${tp} fp ${fp} fn ${fn})`);
console.log(`status accuracy ${pct(statusOk / Math.max(1, tp))}  party accuracy ${pct(partyOk / Math.max(1, tp))} (exact sets ${pct(partyExact / Math.max(1, tp))})`);
console.log(`time ${ms.toFixed(0)} ms for ${cases.length} cases (whole pipeline)`);
