/**
 * Bundles the compiled CLI (dist/cli/run.js and everything it imports, dependencies included)
 * and the batch workers' entry (dist/newsfacts-worker.mjs, see src/batch/pool.ts) into one file
 * each. The CLI's is one CommonJS file, dist/newsfacts.cjs, which bin/newsfacts.js runs when it is newer than
 * every compiled file (bin/cli-entry.js), then records V8's code cache for it
 * (dist/newsfacts.cjs.cache) from one run over the seed articles. Resolving, reading and
 * compiling ~380 separate ES modules cost each cold start ~60-80 ms, and compiling the
 * functions a run needs ~40 ms more; the bundle and its code cache cost a fraction. Run after
 * `tsc` (`npm run build` does both). Plain node, no tsx: it runs inside `npm ci`.
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
rmSync(`${outfile}.cache`, { force: true });
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

// The batch workers' entry point, an ES module (tinypool imports it) picked by src/batch/pool.ts.
// CommonJS dependencies bundled into an ES module need a `require`.
await esbuild.build({
  entryPoints: [`${root}dist/batch/worker.js`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: `${root}dist/newsfacts-worker.mjs`,
  plugins: [bundleChronoEn],
  banner: { js: "import { createRequire as __nfCreateRequire } from 'node:module'; const require = __nfCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
console.log('bundle: wrote dist/newsfacts-worker.mjs');

// The code cache: compile (and so cache) what one extraction runs, in one process.
const seeds = `${root}fixtures/seeds`;
if (existsSync(seeds)) {
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => `${seeds}/${f}`);
  const run = spawnSync(process.execPath, [`${root}bin/newsfacts.js`, 'extract', '--concurrency', '1', ...files], {
    env: { ...process.env, NEWSFACTS_WRITE_CODE_CACHE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status === 0 && existsSync(`${outfile}.cache`)) console.log('bundle: wrote dist/newsfacts.cjs.cache');
  else console.warn('bundle: no code cache written (the bundle runs without one)');
}
