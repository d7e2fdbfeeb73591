import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { ArticleCache } from '../cache/article-cache.js';
import type { ExtractOptions } from '../extract.js';
import type { InputItem } from '../input/items.js';
import { ERROR_SCHEMA_ID } from '../schema/error.js';
import { mapOrdered } from './ordered.js';
import { processItem, type OutputRecord } from './process.js';

/** The compiled worker (workers run JavaScript; `npm ci`/`npm test` build dist/ first). */
const WORKER = fileURLToPath(new URL('../../dist/batch/worker.js', import.meta.url));
/**
 * Heap limits per worker. An article's garbage is short-lived and small, but V8's defaults
 * (sized for servers) let each worker's heap grow lazily to several times its ~70 MB live set
 * as the batch goes on (a 2-worker batch passed 600 MB resident by 2,000 articles); capped, it
 * collects sooner at no measurable CPU cost. An input too big for the cap is re-run in the
 * main thread (below), so the output never depends on the cap.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 192 };
/** Items in flight per worker: enough to keep workers busy, small enough for constant memory. */
const IN_FLIGHT_PER_WORKER = 4;

export interface BatchOptions {
  concurrency?: number;
  /** Folder of cached article records (`--cache`). */
  cacheDir?: string;
}

export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

type Done = { item: InputItem; record: OutputRecord };

/**
 * Records in input order, streamed. Cache hits are answered without extraction. One text
 * item, or concurrency 1, runs in this thread (no worker start-up); otherwise items go to a
 * pool of worker threads through a bounded window. An item that fails in a worker becomes
 * that item's error record; the batch goes on.
 */
export async function* processBatch(items: AsyncIterable<InputItem>, options: ExtractOptions, batch: BatchOptions = {}): AsyncGenerator<OutputRecord> {
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
      if (hit) yield { kind: 'article', article: hit };
      else {
        keys.set(item, key);
        yield item;
      }
    }
  }
  for await (const { item, record } of extract(lookups(), options, batch.concurrency ?? defaultConcurrency())) {
    const key = keys.get(item);
    if (cache && key && record.schema !== ERROR_SCHEMA_ID) cache.put(key, record);
    keys.delete(item);
    yield record;
  }
}

async function* extract(items: AsyncIterable<InputItem>, options: ExtractOptions, concurrency: number): AsyncGenerator<Done> {
  const iterator = items[Symbol.asyncIterator]();
  const head: InputItem[] = [];
  const texts = () => head.filter((i) => i.kind === 'text').length;
  // Look ahead to the second text item before deciding whether a pool pays for itself.
  while (concurrency > 1 && texts() < 2) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
  }
  const all = concat(head, iterator);
  if (concurrency <= 1 || texts() < 2) {
    for await (const item of all) yield { item, record: processItem(item, options) };
    return;
  }
  const pool = new Tinypool({ filename: WORKER, minThreads: concurrency, maxThreads: concurrency, resourceLimits: WORKER_LIMITS });
  try {
    yield* mapOrdered(all, concurrency * IN_FLIGHT_PER_WORKER, async (item): Promise<Done> => {
      if (item.kind !== 'text') return { item, record: processItem(item, options) };
      try {
        return { item, record: (await pool.run({ item, options })) as OutputRecord };
      } catch (e) {
        // A worker's heap is capped (WORKER_LIMITS): an input too big for it runs here instead.
        if ((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') return { item, record: processItem(item, options) };
        const message = `extraction failed in a worker: ${(e as Error).message}`;
        return { item, record: { schema: ERROR_SCHEMA_ID, source: item.source, error: { code: 'extract-failed', message } } };
      }
    });
  } finally {
    await pool.destroy();
  }
}

async function* concat(head: InputItem[], iterator: AsyncIterator<InputItem>): AsyncGenerator<InputItem> {
  yield* head;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
}
