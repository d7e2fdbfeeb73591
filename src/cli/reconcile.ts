import type { Command } from 'commander';
import { describeError } from '../input/items.js';
import type { Article } from '../schema/article.js';
import { jsonDocument, jsonlLine } from '../report/serialize.js';
import { recordsOf } from './records.js';
import { addInputOptions, formatOption, type InputOptions, type OutputFormat } from './options.js';
import { write, type CliIO } from './io.js';
import { checkPaths, EXIT_FAILED, type CommandResult } from './paths.js';

interface ReconcileCliOptions extends InputOptions {
  format?: OutputFormat;
}

/** Reads articles (raw text, extracting first, or the JSONL `extract` wrote) and writes one events record. */
export function reconcileCommand(program: Command, io: CliIO, done: CommandResult): void {
  addInputOptions(program.command('reconcile').description('events across articles: merged facts and conflicts').argument('[inputs...]', 'files, folders, JSONL, or - for stdin'))
    .addOption(formatOption())
    .action(async (inputs: string[], opts: ReconcileCliOptions) => {
      if (!(await checkPaths(inputs, io, done))) return;
      const articles: Article[] = [];
      let failed = false;
      for await (const record of recordsOf(inputs, opts, io)) {
        if (record.schema === 'newsfacts/article@1') articles.push(record);
        else {
          failed = true;
          if (!opts.quiet) await write(io.stderr, `newsfacts: ${describeError(record)}\n`);
        }
      }
      // Reconciliation code loads only when `reconcile` runs.
      const [{ reconcile }, { EventsSchema }] = await Promise.all([import('../reconcile/index.js'), import('../schema/events.js')]);
      const events = EventsSchema.parse(reconcile(articles));
      await write(io.stdout, opts.format === 'jsonl' ? jsonlLine(events) : jsonDocument(events));
      done.code = failed ? EXIT_FAILED : 0;
    });
}
