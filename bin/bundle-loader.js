import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * Runs a CommonJS bundle of dist/ (scripts/bundle.mjs) as a classic script with V8's code cache
 * `<file>.cache` when there is one, so the functions a run needs are not compiled again; a
 * cache V8 rejects (another Node version, say) only costs the time it would have saved. Only a
 * classic script can take a code cache in Node 20. Returns the bundle's `module.exports`.
 *
 * A script run from a code cache loses its dynamic-import callback in Node 20 (import() then
 * throws ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), so the bundle calls `__nfImport` instead
 * (scripts/bundle.mjs rewrites its import() calls).
 */
export function loadBundle(file) {
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    cachedData = undefined;
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname, __nfImport) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (specifier) => import(specifier));
  return { exports: module.exports, cacheRejected: script.cachedDataRejected === true, writeCodeCache: () => writeAtomically(`${file}.cache`, script.createCachedData()) };
}

/** Whether this run records the code cache of the `cli` or `worker` bundle (scripts/bundle.mjs sets it). */
export const recordingCodeCache = (bundle) => process.env.NEWSFACTS_WRITE_CODE_CACHE === bundle;

function writeAtomically(path, data) {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}
