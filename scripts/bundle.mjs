/**
 * Bundles the compiled code (run after `tsc`; `npm run build` and `prepare` do both) into one
 * CommonJS file per entry point, then records V8's code cache for each from runs over the seed
 * articles:
 * - dist/newsfacts.cjs (+ .cache): the CLI, dist/cli/run.js and all it imports, dependencies
 *   included; bin/newsfacts.js runs it (bin/cli-entry.js) when it is newer than every compiled
 *   file of dist/, else dist/cli/run.js module by module;
 * - dist/newsfacts-worker.cjs (+ .cache): the batch workers' dist/batch/worker.js, run through
 *   bin/worker-entry.js when src/batch/pool.ts finds it fresh.
 * Resolving, reading and compiling ~380 separate ES modules cost every cold start (and every
 * worker) ~60-80 ms, and compiling the functions a run needs ~40 ms more; a bundle with its
 * code cache costs a fraction. bin/bundle-loader.js runs the bundles.
 *
 * CommonJS because only a classic script can take a code cache in Node 20 (vm.Script
 * cachedData); `import.meta.url` becomes the bundle's own URL. Kept out: tinypool (its workers
 * load its own files by path) and iconv-lite (loaded with createRequire, only for legacy
 * encodings). Each bundle sits one level below the package root, like dist/data-files.js, so
 * `packagePath` and `dataPath` resolve the same from it. Plain node, no tsx: it runs in `npm ci`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * One CommonJS bundle of a compiled entry point, written atomically (a CLI started meanwhile
 * sees the old file or the new one, never half of one).
 */
async function bundle(entry, out, transform = (code) => code) {
  const { outputFiles } = await esbuild.build({
    entryPoints: [`${root}dist/${entry}`],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: `${root}dist/${out}`,
    write: false,
    external: ['tinypool'],
    plugins: [bundleChronoEn],
    define: { 'import.meta.url': '__nfBundleUrl' },
    banner: { js: "const __nfBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
    legalComments: 'none',
  });
  const code = transform(outputFiles[0].text);
  const tmp = `${root}dist/${out}.${process.pid}.tmp`;
  writeFileSync(tmp, code);
  renameSync(tmp, `${root}dist/${out}`);
  console.log(`bundle: wrote dist/${out} (${(code.length / 1024).toFixed(0)} KB)`);
}

// A script run from a V8 code cache loses its dynamic-import callback in Node 20 (import()
// then throws ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), so the CLI bundle's one import() of an
// external module calls the loader's `__nfImport` (bin/bundle-loader.js) instead.
await bundle('cli/run.js', 'newsfacts.cjs', (code) => {
  const imports = code.match(/\bimport\((?=["'])/g) ?? [];
  if (imports.length !== 1 || !code.includes('await import("tinypool")')) throw new Error(`bundle: expected one import("tinypool"), found ${imports.length} import() calls`);
  return code.replace('await import("tinypool")', 'await __nfImport("tinypool")');
});
// The batch workers' entry point (run by bin/worker-entry.js, picked by src/batch/pool.ts).
await bundle('batch/worker.js', 'newsfacts-worker.cjs', (code) => {
  if (/\bimport\((?=["'])/.test(code)) throw new Error('bundle: the worker bundle has an import()');
  return code;
});

// The code caches: compile (and so cache) what extraction runs, in the CLI and in a worker.
// The worker entry is driven directly (tasks of seed texts): short batches never start a pool.
const seeds = `${root}fixtures/seeds`;
if (existsSync(seeds)) {
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => `${seeds}/${f}`);
  const workerTasks = `
    const { readFileSync } = await import('node:fs');
    const { default: run } = await import(${JSON.stringify(`${root}bin/worker-entry.js`)});
    const items = ${JSON.stringify(files)}.map((path) => ({ kind: 'text', source: { path }, text: readFileSync(path, 'utf8'), meta: {} }));
    for (let i = 0; i < 2; i++) run({ items, options: {} });`;
  const recorders = [
    ['cli', [`${root}bin/newsfacts.js`, 'extract', '--concurrency', '1', ...files, ...files]],
    ['worker', ['--input-type=module', '-e', workerTasks]],
  ];
  for (const [bundle, args] of recorders) {
    const run = spawnSync(process.execPath, args, { env: { ...process.env, NEWSFACTS_WRITE_CODE_CACHE: bundle }, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) console.warn(`bundle: the ${bundle} code-cache run failed (that bundle runs without a cache)`);
  }
  for (const f of ['newsfacts.cjs.cache', 'newsfacts-worker.cjs.cache']) if (existsSync(`${root}dist/${f}`)) console.log(`bundle: wrote dist/${f}`);
}
