import { Command, CommanderError } from 'commander';
import { checkCommand } from './check.js';
import { extractCommand } from './extract.js';
import { reconcileCommand } from './reconcile.js';
import { schemaCommand } from './schema.js';
import { processIO, type CliIO } from './io.js';
import { EXIT_USAGE, type CommandResult } from './paths.js';
import { packageVersion } from './version.js';

/** The whole CLI as a function: argv (without node and script) → exit code. Only this layer knows exit codes. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const done: CommandResult = { code: 0 };
  const program = new Command('newsfacts')
    .description('Turn news articles into facts: dates, officials, figures, agreements — as schema-valid JSON.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) })
    .showHelpAfterError('(run newsfacts --help for usage)');
  for (const register of COMMANDS) register(program, io, done);
  program.commands.forEach((c) => c.exitOverride());
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : EXIT_USAGE;
    throw e;
  }
  return done.code;
}

type Register = (program: Command, io: CliIO, done: CommandResult) => void;
const COMMANDS: Register[] = [extractCommand, reconcileCommand, checkCommand, schemaCommand];
