import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_FAIL_ON, FAIL_ON, parseList, REQUIRABLE_FIELDS, type FailOn } from '../check/rules.js';
import { CHECK_REPORTER_NAMES } from '../report/check/registry.js';
import { addInputOptions, type InputOptions } from './options.js';
import type { CliIO } from './io.js';
import type { CommandResult } from './paths.js';

export interface CheckCliOptions extends InputOptions {
  expected?: string;
  update?: boolean;
  strictSpans?: boolean;
  require?: string[];
  failOn?: FailOn[];
  maxFailures?: number;
  reporter: string;
}

const listOption = <T extends string>(allowed: readonly T[], what: string) => (value: string) => {
  try {
    return parseList(value, allowed, what);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
};

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer.');
  return n;
}

export function checkCommand(program: Command, io: CliIO, done: CommandResult): void {
  const cmd = program.command('check').description('CI mode: compare articles with expected facts and rules; exit 1 on any failure');
  addInputOptions(cmd.argument('[inputs...]', 'files, folders, JSONL (texts or extracted article records), or - for stdin'))
    .option('--expected <dir>', 'folder of expected records: <name>.json per article (name = file base name or JSONL id)')
    .option('--update', 'write or refresh the expected files in --expected instead of comparing')
    .option('--strict-spans', 'compare span offsets too')
    .option('--require <fields>', `fields every article must have (${REQUIRABLE_FIELDS.join(',')})`, listOption(REQUIRABLE_FIELDS, 'field'))
    .option('--fail-on <kinds>', `what fails the run besides expectation differences (${FAIL_ON.join(',')}; default ${DEFAULT_FAIL_ON.join(',')})`, listOption(FAIL_ON, 'kind'))
    .option('--max-failures <n>', 'stop after n failed checks', positiveInt)
    .addOption(new Option('--reporter <name>', 'report format').choices(CHECK_REPORTER_NAMES as string[]).default('text'))
    .action(async (inputs: string[], opts: CheckCliOptions) => {
      // The checking code (reconcile, reporters) loads only when `check` runs.
      const { runCheck } = await import('./check-run.js');
      done.code = await runCheck(inputs, opts, io);
    });
}
