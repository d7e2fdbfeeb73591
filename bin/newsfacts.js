#!/usr/bin/env node
// Node 20 runs no TypeScript: the CLI is compiled to dist/ by `npm ci` (prepare) or `npm run build`,
// which also bundle it into dist/newsfacts.mjs (faster start); bin/cli-entry.js picks the fresh one.
import { cliEntry } from './cli-entry.js';

await import(cliEntry());
