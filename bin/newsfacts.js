#!/usr/bin/env node
// Node 20 runs no TypeScript: the CLI is compiled to dist/ by `npm ci` (prepare) or `npm run build`.
import '../dist/cli/run.js';
