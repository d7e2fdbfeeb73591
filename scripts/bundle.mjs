/**
 * Bundles the compiled CLI (dist/cli/run.js and everything it imports, dependencies included)
 * and the batch workers' entry (dist/newsfacts-worker.mjs, see src/batch/pool.ts) into one file
 * each. The CLI's is one CommonJS file, dist/newsfacts.cjs, which bin/newsfacts.js runs when it is newer than
 * every compiled file (bin/cli-entry.js), then records V8's code cache for it
 * (dist/newsfacts.cjs.cache) from one run over the seed articles. Resolving, reading and
 * compiling ~380 separate ES modules cost each cold start ~60-80 ms, and compiling the
 * functions a run needs ~40 ms more; the bundle and its code cache cost a fraction. Run after
 * `tsc` (`npm run build` does both). bin/bundle-loader.js runs both bundles. Plain node, no tsx: it runs inside `npm ci`.
 *
 * CommonJS because only a classic script can take a code cache in Node 20 (vm.Script
 * cachedData); `import.meta.url` becomes the bundle's own URL. Kept out of the bundle: tinypool
 * (its workers load its own files by path; our workers run the unbundled dist/batch/worker.js)
 * and what the code loads with createRequire at run time (chrono-node/en, iconv-lite). The
 * bundle sits one level below the package root, like dist/data-files.js, so `packagePath` and
 * `dataPath` resolve the same from it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn('bundle: esbuild is not installed; the CLI runs from dist/ module by module');
  process.exit(0);
}
/**
 * dist/dates/news-chrono.js loads chrono's English entry point with createRequire at run time
 * (see there why), which esbuild cannot follow: ~50 more files to resolve and compile at every
 * start. In the bundle it becomes a plain require(), which esbuild resolves the way Node's
 * require does (the "require" condition: the same CommonJS build) and bundles.
 */
const bundleChronoEn = {
  name: 'bundle-chrono-en',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]dates[\\/]news-chrono\.js$/ }, ({ path }) => {
      const from = "createRequire(import.meta.url)('chrono-node/en')";
      const code = readFileSync(path, 'utf8');
      if (code.split(from).length !== 2) return undefined; // changed: leave it to run time
      return { contents: code.replace(from, "require('chrono-node/en')"), loader: 'js' };
    });
  },
};

const outfile = `${root}dist/newsfacts.cjs`;
for (const f of ['newsfacts.cjs.cache', 'newsfacts-worker.cjs.cache', 'newsfacts-worker.mjs']) rmSync(`${root}dist/${f}`, { force: true });
await esbuild.build({
  entryPoints: [`${root}dist/cli/run.js`],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile,
  external: ['tinypool'],
  plugins: [bundleChronoEn],
  define: { 'import.meta.url': '__nfBundleUrl' },
  banner: { js: "const __nfBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  legalComments: 'none',
});
// A script run from a V8 code cache loses its dynamic-import callback in Node 20 (import()
// then throws ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), so the bundle's one import() of an
// external module calls the loader's `__nfImport` (bin/cli-entry.js) instead.
const code = readFileSync(outfile, 'utf8');
const imports = code.match(/\bimport\((?=["'])/g) ?? [];
if (imports.length !== 1 || !code.includes('await import("tinypool")')) throw new Error(`bundle: expected one import("tinypool"), found ${imports.length} import() calls`);
writeFileSync(outfile, code.replace('await import("tinypool")', 'await __nfImport("tinypool")'));
console.log(`bundle: wrote dist/newsfacts.cjs (${(statSync(outfile).size / 1024).toFixed(0)} KB)`);

// The batch workers' entry point (run by bin/worker-entry.js, picked by src/batch/pool.ts).
await esbuild.build({
  entryPoints: [`${root}dist/batch/worker.js`],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: `${root}dist/newsfacts-worker.cjs`,
  plugins: [bundleChronoEn],
  define: { 'import.meta.url': '__nfBundleUrl' },
  banner: { js: "const __nfBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  legalComments: 'none',
});
if (/\bimport\((?=["'])/.test(readFileSync(`${root}dist/newsfacts-worker.cjs`, 'utf8'))) throw new Error('bundle: the worker bundle has an import()');
console.log('bundle: wrote dist/newsfacts-worker.cjs');

// The code caches: compile (and so cache) what extraction runs, in the CLI and in a worker.
const seeds = `${root}fixtures/seeds`;
if (existsSync(seeds)) {
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => `${seeds}/${f}`);
  for (const [bundle, concurrency] of [['cli', '1'], ['worker', '2']]) {
    const run = spawnSync(process.execPath, [`${root}bin/newsfacts.js`, 'extract', '--concurrency', concurrency, ...files, ...files], {
      env: { ...process.env, NEWSFACTS_WRITE_CODE_CACHE: bundle },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (run.status !== 0) console.warn('bundle: a code-cache run failed (the bundles run without a cache)');
  }
  for (const f of ['newsfacts.cjs.cache', 'newsfacts-worker.cjs.cache']) if (existsSync(`${root}dist/${f}`)) console.log(`bundle: wrote dist/${f}`);
}
