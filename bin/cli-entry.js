import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/**
 * How bin/newsfacts.js runs the compiled CLI: the one-file bundle dist/newsfacts.cjs with its
 * V8 code cache (scripts/bundle.mjs; a faster cold start) when the bundle is newer than every
 * compiled file of dist/, else dist/cli/run.js module by module. A `tsc` run after the bundle
 * makes it stale, so it can never run old code. A code cache V8 rejects (another Node
 * version, say) only costs the compile time it would have saved.
 */
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const BUNDLE = join(dist, 'newsfacts.cjs');
const CODE_CACHE = `${BUNDLE}.cache`;

function newestCompiled(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestCompiled(path));
    else if (e.name.endsWith('.js')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  try {
    return statSync(BUNDLE).mtimeMs >= newestCompiled(dist);
  } catch {
    return false;
  }
}

function runBundle() {
  let cachedData;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    cachedData = undefined;
  }
  // A CommonJS module wrapper plus `__nfImport`: the bundle's import() of tinypool (see scripts/bundle.mjs).
  const wrapped = `(function (exports, require, module, __filename, __dirname, __nfImport) {${readFileSync(BUNDLE, 'utf8')}\n})`;
  const script = new Script(wrapped, { filename: BUNDLE, cachedData });
  // scripts/bundle.mjs sets this for the one run that records the cache, after the CLI ran.
  if (process.env.NEWSFACTS_WRITE_CODE_CACHE === '1') process.on('exit', () => writeFileSync(CODE_CACHE, script.createCachedData()));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dist, (specifier) => import(specifier));
}

export async function runCli() {
  if (bundleIsFresh()) runBundle();
  else await import('../dist/cli/run.js');
}
