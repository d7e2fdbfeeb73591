import type { ChalkInstance } from 'chalk';
import type { CliIO } from '../../cli/io.js';
import type { CheckReport } from '../../check/report-schema.js';
import type { Locator } from './locate.js';

export interface ReporterContext {
  io: CliIO;
  /** Colours for stdout (the CLI's colour policy: TTY only, never with NO_COLOR). */
  colors: ChalkInstance;
  locate: Locator;
}

/** A check reporter writes the report to `io.stdout` (and, for `github`, the step summary). */
export type Reporter = (report: CheckReport, ctx: ReporterContext) => Promise<void>;
