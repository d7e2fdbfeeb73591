import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/newsfacts.js', import.meta.url));
const modular = fileURLToPath(new URL('../../dist/cli/run.js', import.meta.url));
const hasEsbuild = existsSync(fileURLToPath(new URL('../../node_modules/esbuild/package.json', import.meta.url)));

// The bundles (scripts/bundle.mjs) must answer exactly what the compiled modules answer; `npm test`
// runs tsc, which leaves an older bundle stale (unused), so this builds them afresh.
describe.runIf(hasEsbuild)('the one-file bundles', () => {
  it('give the same bytes as dist/ module by module, in the CLI and in the workers', () => {
    execFileSync('node', ['scripts/bundle.mjs'], { cwd: root, stdio: 'ignore' });
    for (const f of ['newsfacts.cjs', 'newsfacts.cjs.cache', 'newsfacts-worker.cjs', 'newsfacts-worker.cjs.cache']) expect(existsSync(`${root}dist/${f}`)).toBe(true);
    const run = (entry: string, concurrency: string) => {
      const r = spawnSync('node', [entry, 'extract', 'fixtures/seeds', '--concurrency', concurrency], { cwd: root, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      return r.stdout;
    };
    const expected = run(modular, '1');
    expect(expected.length).toBeGreaterThan(1000);
    expect(run(bin, '1')).toBe(expected);
    expect(run(bin, '2')).toBe(expected);
  }, 120_000);
});
