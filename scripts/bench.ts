// npm run bench -- [--sizes 100,1000,10000] [--baseline-sample 150]
// Throughput of `newsfacts extract` against a naive compromise+chrono pipeline, in one run.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractText } from '../src/extract.js';
import { baselineRate } from './bench/baseline.js';
import { fixtureParagraphs, makeArticle, prng, writeCorpus } from './bench/corpus.js';
import { NAIVE, timeCli, timeCliSideBySide } from './bench/run-cli.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000' }, 'baseline-sample': { type: 'string', default: '150' } } });
const sizes = values.sizes!.split(',').map(Number);
const paragraphs = fixtureParagraphs(fileURLToPath(new URL('../fixtures/seeds', import.meta.url)));
const work = mkdtempSync(join(tmpdir(), 'newsfacts-bench-'));
const fmt = (n: number, d = 1) => n.toFixed(d);
const load = () => `load average ${loadavg().map((l) => fmt(l, 2)).join(' ')}`;
console.log(`${load()} (2+ on a 2-core machine: every timing below is shared with other work)`);

const sampleTexts = (n: number, seed: number) => {
  const rand = prng(seed);
  return Array.from({ length: n }, () => makeArticle(paragraphs, rand));
};

// Baseline in-process, one core, after the same warm-up newsfacts gets below.
const WARM_UP = 150; // articles each pipeline runs before its in-process timing (JIT tier-up, caches)
const base = baselineRate(sampleTexts(Number(values['baseline-sample']), 7), sampleTexts(WARM_UP, 13));
console.log(`naive baseline in-process (compromise + chrono, 1 core, warm): ${fmt(base)} articles/s`);

// Per-stage milliseconds, in-process.
const timings = new Map<string, number>();
const stageSample = sampleTexts(200, 11);
for (const t of sampleTexts(WARM_UP, 13)) extractText(t); // load models and warm the JIT outside the timing
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (const t of stageSample) extractText(t, { id: 'x' }, { published: '2025-12-07' }, { timings });
const cpu = process.cpuUsage(cpu0);
const inProcessMs = (performance.now() - t0) / stageSample.length;
const inProcessCpuMs = (cpu.user + cpu.system) / 1000 / stageSample.length;
console.log(
  `in-process extractText (warm): ${fmt(inProcessMs, 2)} ms per article = ${fmt(1000 / inProcessMs)} articles/s, ${fmt(1000 / inProcessMs / base)}× the baseline ` +
    `(CPU ${fmt(inProcessCpuMs, 2)} ms, GC/JIT threads included)`,
);
console.log('per-stage ms per 3 kB article:', [...timings].map(([k, v]) => `${k} ${fmt(v / stageSample.length, 2)}`).join(', '));

for (const size of sizes) {
  const corpus = join(work, `corpus-${size}.jsonl`);
  const bytes = writeCorpus(corpus, size, paragraphs);
  // Both as commands over the same file: each pays its own start-up, reading and writing.
  const naive = timeCli([corpus], NAIVE);
  console.log(`${size} articles (${fmt(bytes / size / 1024)} kB avg), naive pipeline as a command: ${fmt(naive.seconds, 2)} s, ${fmt(size / naive.seconds)} articles/s`);
  const runs = [1, 2].map((c) => ({ c, t: timeCli(['extract', '--jsonl', corpus, '--concurrency', String(c), '--quiet']) }));
  for (const { c, t } of runs) {
    const rate = size / t.seconds;
    console.log(
      `${size} articles, newsfacts --concurrency ${c}: ${fmt(t.seconds, 2)} s, ${fmt(rate)} articles/s, ` +
        `${fmt(naive.seconds / t.seconds)}× the naive command, peak RSS ${fmt(t.peakRssMb, 0)} MB`,
    );
  }
  // CPU time, not wall time: it is what the CLI adds, and other users' load moves it much less.
  const startup = timeCli(['extract', '--jsonl', sizeOne(corpus), '--concurrency', '1', '--quiet']);
  const perArticleCpuMs = ((runs[0].t.cpuSeconds - startup.cpuSeconds) / size) * 1000;
  console.log(
    `  CLI CPU per article at --concurrency 1: ${fmt(perArticleCpuMs, 2)} ms (start-up ${fmt(startup.cpuSeconds, 2)} s excluded), ` +
      `${fmt(perArticleCpuMs - inProcessCpuMs, 2)} ms above in-process extractText; --concurrency 2 uses ${fmt(runs[1].t.cpuSeconds / runs[0].t.cpuSeconds, 2)}× the CPU of 1`,
  );
  // The machine's own two-core ceiling, measured now: two single-thread runs side by side vs one alone.
  const pair = await timeCliSideBySide(['extract', '--jsonl', corpus, '--concurrency', '1', '--quiet'], 2);
  console.log(
    `  concurrency 2 / 1: ${fmt(runs[0].t.seconds / runs[1].t.seconds, 2)}× ` +
      `(this machine's ceiling now: two single-thread runs side by side give ${fmt((2 * runs[0].t.seconds) / pair, 2)}× one alone; ${load()})`,
  );
  if (size === sizes[sizes.length - 1]) {
    const cache = join(work, 'cache');
    const cold = timeCli(['extract', '--jsonl', corpus, '--cache', cache, '--quiet']);
    const warm = timeCli(['extract', '--jsonl', corpus, '--cache', cache, '--quiet']);
    console.log(`  --cache: first ${fmt(cold.seconds, 2)} s, re-run ${fmt(warm.seconds, 2)} s (${fmt(cold.seconds / warm.seconds)}× faster)`);
  }
}

// Long input stays linear: cost per kB of a ~300 kB article vs ~3 kB ones.
const rand = prng(3);
const long = makeArticle(paragraphs, rand, 300_000);
const shorts = sampleTexts(100, 5);
const perKb = (texts: string[]) => {
  const t0 = performance.now();
  for (const t of texts) extractText(t, { id: 'x' }, { published: '2025-12-07' });
  return (performance.now() - t0) / (texts.reduce((n, t) => n + t.length, 0) / 1024);
};
const shortPerKb = perKb(shorts);
const longPerKb = perKb([long]);
console.log(`per-kB cost: 3 kB ${fmt(shortPerKb, 3)} ms, ${fmt(long.length / 1024, 0)} kB ${fmt(longPerKb, 3)} ms (${fmt(longPerKb / shortPerKb, 2)}×)`);
console.log(`startup + one seed: ${fmt(timeCli(['extract', fileURLToPath(new URL('../fixtures/seeds/002_66193c65785121d0.txt', import.meta.url))]).seconds, 2)} s`);
rmSync(work, { recursive: true, force: true });

/** A one-record copy of a corpus: the CLI's start-up cost on the same kind of input. */
function sizeOne(corpus: string): string {
  const path = corpus.replace(/\.jsonl$/, '-1.jsonl');
  writeFileSync(path, readFileSync(corpus, 'utf8').split('\n', 1)[0] + '\n');
  return path;
}
