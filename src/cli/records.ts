import { processBatch } from '../batch/pool.js';
import type { OutputRecord } from '../batch/process.js';
import { readInputs } from '../input/sources.js';
import type { InputOptions } from './options.js';
import type { CliIO } from './io.js';

/** The records of a command's inputs, in input order: read, extracted (or cached) on the worker pool. */
export function recordsOf(inputs: readonly string[], opts: InputOptions, io: CliIO): AsyncGenerator<OutputRecord> {
  const items = readInputs(inputs, { jsonl: opts.jsonl, glob: opts.glob, maxBytes: opts.maxBytes, stdin: io.stdin });
  return processBatch(items, { published: opts.published, repair: opts.repair }, { concurrency: opts.concurrency, cacheDir: opts.cache });
}
