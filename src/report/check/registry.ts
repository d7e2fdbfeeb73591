import type { Reporter } from './context.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { text } from './text.js';

/** `--reporter` name → reporter. `text` is the default. */
export const CHECK_REPORTERS: Record<string, Reporter> = { text, json, junit, github };
export const CHECK_REPORTER_NAMES: readonly string[] = Object.keys(CHECK_REPORTERS);
export type { Reporter, ReporterContext } from './context.js';
