import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { recordOf, type Emitted, type OutputRecord } from '../batch/emitted.js';
import { describeError } from '../input/items.js';
import { colorsFor } from '../report/colors.js';
import { Progress } from '../report/progress.js';
import { prettyRecord } from '../report/pretty.js';
import { jsonDocument, type OutputFormat } from '../report/serialize.js';
import { emittedOf } from './records.js';
import { addInputOptions, formatOption, type InputOptions } from './options.js';
import { write, type CliIO } from './io.js';
import { checkPaths, type CommandResult } from './paths.js';

interface ExtractCliOptions extends InputOptions {
  format?: OutputFormat;
}

export function extractCommand(program: Command, io: CliIO, done: CommandResult): void {
  addInputOptions(program.command('extract').description('facts of each article').argument('[inputs...]', 'files, folders, or - for stdin'))
    .addOption(formatOption())
    .action(async (inputs: string[], opts: ExtractCliOptions) => {
      if (!(await checkPaths(inputs, io, done))) return;
      const single = inputs.length <= 1 && !opts.jsonl && !(await isFolder(inputs[0]));
      const format: OutputFormat = opts.format ?? (single ? (io.stdout.isTTY ? 'pretty' : 'json') : 'jsonl');
      const records = emittedOf(inputs, opts, io);
      done.code = await writeRecords(records, format, io, opts.quiet === true);
    });
}

/**
 * Writes records as they come; returns 1 when any input failed, else 0. JSON Lines output is
 * the records' JSON text as emitted (serialised where the record was made, e.g. in a worker).
 */
export async function writeRecords(records: AsyncIterable<Emitted>, format: OutputFormat, io: CliIO, quiet: boolean): Promise<number> {
  const colors = colorsFor(io.stdout, io.env);
  const progress = new Progress(io, quiet);
  let failed = false;
  const buffered: OutputRecord[] = [];
  for await (const emitted of records) {
    const { error } = emitted;
    progress.tick(error !== null);
    if (error) {
      failed = true;
      if (!quiet) await write(io.stderr, `newsfacts: ${describeError(error)}\n`);
    }
    if (format === 'jsonl') await write(io.stdout, emitted.json + '\n');
    else if (format === 'pretty') await write(io.stdout, prettyRecord(recordOf(emitted), colors));
    else buffered.push(recordOf(emitted));
  }
  progress.end();
  if (format === 'json') await write(io.stdout, jsonDocument(buffered.length === 1 ? buffered[0] : buffered));
  return failed ? 1 : 0;
}

async function isFolder(path: string | undefined): Promise<boolean> {
  if (!path || path === '-') return false;
  return stat(path).then((s) => s.isDirectory(), () => false);
}
