/**
 * Bundles the compiled CLI (dist/cli/run.js and everything it imports, dependencies included)
 * into one file, dist/newsfacts.mjs, run by bin/newsfacts.js when it is newer than every
 * compiled file (see bin/cli-entry.js). Resolving, reading and compiling ~380 separate ES
 * modules cost each cold start ~60-80 ms; one file costs a fraction. Run after `tsc`
 * (`npm run build` does both). Plain node, no tsx: it runs inside `npm ci`.
 *
 * Kept out of the bundle: tinypool (its workers load its own files by path; our workers run
 * the unbundled dist/batch/worker.js) and what the code loads with createRequire at run time
 * (chrono-node/en, iconv-lite). The bundle sits one level below the package root, like
 * dist/data-files.js, so `packagePath` and `dataPath` resolve the same from it.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn('bundle: esbuild is not installed; the CLI runs from dist/ module by module');
  process.exit(0);
}
const outfile = `${root}dist/newsfacts.mjs`;
await esbuild.build({
  entryPoints: [`${root}dist/cli/run.js`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  external: ['tinypool'],
  // CommonJS dependencies bundled into an ES module need a `require`.
  banner: { js: "import { createRequire as __nfCreateRequire } from 'node:module'; const require = __nfCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
console.log(`bundle: wrote dist/newsfacts.mjs (${(statSync(outfile).size / 1024).toFixed(0)} KB)`);
