import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventsSchema } from '../../src/schema/events.js';
import { runCli } from '../helpers/cli.js';
import { SEEDS_DIR } from '../helpers/fixtures.js';

describe('newsfacts reconcile', () => {
  it('groups the seed articles into their three meetings', async () => {
    const r = await runCli(['reconcile', SEEDS_DIR]);
    expect(r.code).toBe(0);
    const events = EventsSchema.parse(JSON.parse(r.stdout)).events;
    const groups = events.map((e) => e.articles.map((a) => a.slice(a.lastIndexOf('/') + 1, a.lastIndexOf('/') + 4)).sort().join('+')).sort();
    expect(groups).toEqual(['000+001', '002+003', '004']);
  });

  it('accepts the JSONL that extract wrote and gives the same events', async () => {
    const extracted = await runCli(['extract', '--format', 'jsonl', SEEDS_DIR]);
    const file = join(mkdtempSync(join(tmpdir(), 'newsfacts-')), 'articles.jsonl');
    writeFileSync(file, extracted.stdout);
    const fromJsonl = await runCli(['reconcile', file]);
    const fromText = await runCli(['reconcile', SEEDS_DIR]);
    expect(fromJsonl.code).toBe(0);
    expect(fromJsonl.stdout).toBe(fromText.stdout);
  });
});
