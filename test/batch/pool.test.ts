import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SEEDS_DIR } from '../helpers/fixtures.js';

// Worker threads run the compiled dist/ (npm test builds it first).
describe('batches', () => {
  it('give byte-identical output with --concurrency 1 and 2', async () => {
    const one = await runCli(['extract', '--concurrency', '1', SEEDS_DIR, SEEDS_DIR]);
    const two = await runCli(['extract', '--concurrency', '2', SEEDS_DIR, SEEDS_DIR]);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split('\n')).toHaveLength(10);
  });

  it('reuse cached records for unchanged inputs, with the same bytes', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'newsfacts-cache-'));
    const first = await runCli(['extract', '--cache', cache, SEEDS_DIR]);
    const files = readdirSync(cache, { recursive: true }).filter((f) => String(f).endsWith('.json'));
    expect(files).toHaveLength(5);
    const second = await runCli(['extract', '--cache', cache, SEEDS_DIR]);
    expect(second.stdout).toBe(first.stdout);
  });

  it('re-extract an input whose cached file is not a whole record, and use the cache in reconcile', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'newsfacts-cache-'));
    const first = await runCli(['extract', '--cache', cache, SEEDS_DIR]);
    const file = join(cache, String(readdirSync(cache, { recursive: true }).find((f) => String(f).endsWith('.json'))));
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 200)); // a torn write
    const second = await runCli(['extract', '--cache', cache, SEEDS_DIR]);
    expect(second.stdout).toBe(first.stdout);
    const events = await runCli(['reconcile', '--cache', cache, SEEDS_DIR]);
    expect(events.stdout).toBe((await runCli(['reconcile', SEEDS_DIR])).stdout);
  });
});
