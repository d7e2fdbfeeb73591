#!/usr/bin/env node
// Node 20 runs no TypeScript: the CLI is compiled to dist/ by `npm ci` (prepare) or `npm run build`,
// which also bundle it into dist/newsfacts.cjs (faster start); bin/cli-entry.js picks the fresh one.
import { runCli } from './cli-entry.js';

await runCli();
