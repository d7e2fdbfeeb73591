import { availableParallelism } from 'node:os';
import type Tinypool from 'tinypool';
import { ArticleCache } from '../cache/article-cache.js';
import { packagePath } from '../data-files.js';
import { bundleIsFresh } from '../fresh-bundle.js';
import type { ExtractOptions } from '../extract.js';
import type { InputItem } from '../input/items.js';
import { ERROR_SCHEMA_ID } from '../schema/error.js';
import { chunked } from './chunks.js';
import { emit, type Emitted } from './emitted.js';
import { mapOrdered } from './ordered.js';
import { settledEmitted } from './settled.js';
import type { WorkerTask } from './worker.js';

/**
 * The compiled worker (workers run JavaScript; `npm ci`/`npm test` build dist/ first): its
 * one-file bundle when fresh (scripts/bundle.mjs, bin/worker-entry.js; each worker starts
 * ~80 ms sooner and, from V8's code cache, compiles less while warming up).
 */
const workerFile = () => (bundleIsFresh('newsfacts-worker.cjs') ? packagePath('bin/worker-entry.js') : packagePath('dist/batch/worker.js'));
/**
 * Heap limits per worker. The old generation is capped: V8's server-sized default lets each
 * worker's heap grow lazily to several times its ~60 MB live set (a 2-worker batch passed
 * 600 MB resident by 2,000 articles). The young generation is sized so one article's garbage
 * dies young: at 12 MB it was promoted, and 1,000 articles on 2 workers took 951 scavenges and
 * 35 mark-compacts of the live set (models, lexicons) instead of 273 and 22, CPU that V8's
 * helper threads take from the workers; 10,000 articles stay at ~440 MB resident.
 * An input too big for the cap is re-run in the main thread (below), so the output never
 * depends on the limits.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 192 };
/** Items per worker task: one message each way per task instead of per item. */
const ITEMS_PER_TASK = 8;
/** Tasks in flight per worker: enough to keep workers busy, small enough for constant memory. */
const TASKS_IN_FLIGHT_PER_WORKER = 2;
/**
 * Text items a batch must have before a pool pays for itself; shorter batches run in this
 * thread. Each isolate that runs the pipeline pays its own JIT: over the first 1,000 articles
 * V8 optimises ~440 functions, ~2.8 s of TurboFan CPU on its helper threads (`--trace-opt`),
 * besides ~250 articles at ~2.5x the steady cost. One thread gets that compile nearly free on
 * the idle second vCPU; two workers pay it twice on the cores they extract on. On this 2-vCPU
 * machine 1,000 articles took 3.07 s on one thread, 3.50 s on two workers.
 */
export const POOL_FROM_TEXTS = 2000;

export interface BatchOptions {
  concurrency?: number;
  /** Folder of cached article records (`--cache`). */
  cacheDir?: string;
  /** Text items before a pool is used (default POOL_FROM_TEXTS; tests lower it). */
  poolFromTexts?: number;
}

export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

type TextItem = Extract<InputItem, { kind: 'text' }>;
type Done = { item: InputItem; emitted: Emitted };

/**
 * Records in input order, streamed, each with its JSON text. Cache hits are answered without
 * extraction. A batch of fewer than POOL_FROM_TEXTS text items, or concurrency 1, runs in this
 * thread (no worker start-up, one JIT warm-up);
 * otherwise items go to a pool of worker threads through a bounded window, and this thread
 * does not even load the pipeline. An item that fails in a worker becomes that item's error
 * record; the batch goes on.
 */
export async function* processBatch(items: AsyncIterable<InputItem>, options: ExtractOptions, batch: BatchOptions = {}): AsyncGenerator<Emitted> {
  const cache = batch.cacheDir ? new ArticleCache(batch.cacheDir) : null;
  const keys = new Map<InputItem, string>();
  async function* lookups(): AsyncGenerator<InputItem> {
    for await (const item of items) {
      if (!cache || item.kind !== 'text') {
        yield item;
        continue;
      }
      const key = cache.key(item, options);
      const hit = cache.get(key);
      if (hit !== null) yield { kind: 'cached', json: hit };
      else {
        keys.set(item, key);
        yield item;
      }
    }
  }
  for await (const { item, emitted } of extract(lookups(), options, batch.concurrency ?? defaultConcurrency(), batch.poolFromTexts ?? POOL_FROM_TEXTS)) {
    const key = keys.get(item);
    if (cache && key && !emitted.error) cache.put(key, emitted.json);
    keys.delete(item);
    yield emitted;
  }
}

async function* extract(items: AsyncIterable<InputItem>, options: ExtractOptions, concurrency: number, poolFrom: number): AsyncGenerator<Done> {
  const iterator = items[Symbol.asyncIterator]();
  const head: InputItem[] = [];
  let texts = 0;
  // Look ahead (a few MB at most) before deciding whether a pool pays for itself.
  while (concurrency > 1 && texts < Math.max(2, poolFrom)) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    if (next.value.kind === 'text') texts++;
  }
  const all = concat(head, iterator);
  if (concurrency <= 1 || texts < Math.max(2, poolFrom)) {
    yield* extractHere(all, options);
    return;
  }
  // This thread only reads, orders and writes: the pipeline runs in the workers (each holds
  // TASKS_IN_FLIGHT_PER_WORKER tasks, so the next one is queued before the current one ends).
  // Measured alternative: this thread extracting too, with one worker fewer, saved one
  // isolate's start-up but its uncapped heap took 10,000 articles to ~580 MB resident (vs ~440).
  const { default: Pool } = await import('tinypool');
  const pool = new Pool({ filename: workerFile(), minThreads: concurrency, maxThreads: concurrency, concurrentTasksPerWorker: TASKS_IN_FLIGHT_PER_WORKER, resourceLimits: WORKER_LIMITS });
  try {
    const tasks = mapOrdered(chunked(all, ITEMS_PER_TASK), concurrency * TASKS_IN_FLIGHT_PER_WORKER, (chunk) => runChunk(pool, chunk, options));
    for await (const done of tasks) yield* done;
  } finally {
    await pool.destroy();
  }
}

/** Every item in this thread; the pipeline loads at the first text (a fully cached re-run never loads it). */
async function* extractHere(items: AsyncIterable<InputItem>, options: ExtractOptions): AsyncGenerator<Done> {
  let processItem: typeof import('./process.js').processItem | null = null;
  for await (const item of items) {
    if (item.kind !== 'text') yield { item, emitted: settledEmitted(item) };
    else {
      processItem ??= (await import('./process.js')).processItem;
      yield { item, emitted: emit(processItem(item, options)) };
    }
  }
}

/** One chunk: its text items in one worker task, the others answered here. */
async function runChunk(pool: Tinypool, chunk: InputItem[], options: ExtractOptions): Promise<Done[]> {
  const texts = chunk.filter((item): item is TextItem => item.kind === 'text');
  const answers = texts.length ? await runTexts(pool, texts, options) : [];
  let next = 0;
  return chunk.map((item) => ({ item, emitted: item.kind === 'text' ? answers[next++] : settledEmitted(item) }));
}

/** A task that fails as a whole (its worker died) is retried item by item: one bad input costs only its own record. */
async function runTexts(pool: Tinypool, items: TextItem[], options: ExtractOptions): Promise<Emitted[]> {
  try {
    return (await pool.run({ items, options } satisfies WorkerTask)) as Emitted[];
  } catch (e) {
    if (items.length > 1) return (await Promise.all(items.map((item) => runTexts(pool, [item], options)))).flat();
    return [await failedInWorker(items[0], e as Error, options)];
  }
}

async function failedInWorker(item: TextItem, e: Error, options: ExtractOptions): Promise<Emitted> {
  // A worker's heap is capped (WORKER_LIMITS): an input too big for it runs here instead.
  if ((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    const { processItem } = await import('./process.js');
    return emit(processItem(item, options));
  }
  const message = `extraction failed in a worker: ${e.message}`;
  return emit({ schema: ERROR_SCHEMA_ID, source: item.source, error: { code: 'extract-failed', message } });
}

async function* concat(head: InputItem[], iterator: AsyncIterator<InputItem>): AsyncGenerator<InputItem> {
  // Shifted out one by one, so the look-ahead's items are released as they are processed.
  while (head.length) yield head.shift()!;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
}
