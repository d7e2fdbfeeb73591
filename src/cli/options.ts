import { InvalidArgumentError, Option, type Command } from 'commander';
import { isoDate } from '../metadata/date-string.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../report/serialize.js';

export interface InputOptions {
  jsonl?: boolean;
  glob?: string;
  maxBytes?: number;
  published?: string;
  repair: boolean;
  concurrency?: number;
  cache?: string;
  quiet?: boolean;
}

export function parseDateOption(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !isoDate(Number(m[1]), Number(m[2]), Number(m[3]))) throw new InvalidArgumentError('expected a date YYYY-MM-DD.');
  return value;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer.');
  return n;
}

/** The input options every command shares. */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .option('--jsonl', 'read JSON Lines records {id, text, published?, url?, outlet?, title?}')
    .option('--glob <pattern>', 'files to read from folders (default "*.txt"; "*.{jsonl,ndjson}" with --jsonl)')
    .option('--published <date>', 'reference date YYYY-MM-DD when an article states none', parseDateOption)
    .option('--max-bytes <n>', 'largest input accepted, in bytes (default 5 MB)', positiveInt)
    .option('--no-repair', 'do not repair mojibake, glued words or page residue')
    .option('--concurrency <n>', 'worker threads for batches of 2,000 texts or more; shorter ones run in one thread (default: available cores)', positiveInt)
    .option('--cache <dir>', 'reuse records extracted before from unchanged inputs (keyed by content and extractor version)')
    .option('--quiet', 'no progress or warnings on stderr');
}

export function formatOption(): Option {
  return new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS as string[]);
}

export type { OutputFormat };
