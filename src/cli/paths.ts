import { missingPaths } from '../input/sources.js';
import type { CliIO } from './io.js';

/** The exit code a command sets; `main` returns it. */
export interface CommandResult {
  code: number;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A missing explicit path is a usage error (exit 2), reported before any work. */
export async function checkPaths(inputs: readonly string[], io: CliIO, done: CommandResult): Promise<boolean> {
  const missing = await missingPaths(inputs);
  if (missing.length === 0) return true;
  for (const path of missing) await io.stderr.write(`newsfacts: ${path}: no such file or folder\n`);
  done.code = EXIT_USAGE;
  return false;
}
