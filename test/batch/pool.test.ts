import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processBatch } from '../../src/batch/pool.js';
import { readInputs } from '../../src/input/sources.js';
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

  it('give the same bytes in input order from a worker pool as from one thread', async () => {
    const lines = async (concurrency: number, poolFromTexts: number) => {
      const out: string[] = [];
      const items = readInputs([SEEDS_DIR, SEEDS_DIR, SEEDS_DIR], { stdin: process.stdin });
      for await (const emitted of processBatch(items, {}, { concurrency, poolFromTexts })) out.push(emitted.json);
      return out;
    };
    const one = await lines(1, 2);
    expect(one).toHaveLength(15);
    expect(await lines(2, 2)).toEqual(one);
    expect(await lines(2, 100)).toEqual(one); // below the threshold: this thread
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
