import { recordOf, type Emitted, type OutputRecord } from '../batch/emitted.js';
import { processBatch } from '../batch/pool.js';
import { readInputs } from '../input/sources.js';
import type { InputOptions } from './options.js';
import type { CliIO } from './io.js';

/** A command's inputs as emitted records (JSON text), in input order: read, extracted (or cached) on the worker pool. */
export function emittedOf(inputs: readonly string[], opts: InputOptions, io: CliIO): AsyncGenerator<Emitted> {
  const items = readInputs(inputs, { jsonl: opts.jsonl, glob: opts.glob, maxBytes: opts.maxBytes, stdin: io.stdin });
  return processBatch(items, { published: opts.published, repair: opts.repair }, { concurrency: opts.concurrency, cacheDir: opts.cache });
}

/** The same records as objects, for commands that read them (reconcile, check). */
export async function* recordsOf(inputs: readonly string[], opts: InputOptions, io: CliIO): AsyncGenerator<OutputRecord> {
  for await (const emitted of emittedOf(inputs, opts, io)) yield recordOf(emitted);
}
