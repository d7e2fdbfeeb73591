import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract.js';
import { reconcile } from '../../src/reconcile/index.js';

/** The "done when", on the real extraction of the five seeds (runs every extractor). */
const dir = new URL('../../fixtures/seeds/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const path = (f: string) => `fixtures/seeds/${f}`;

describe('reconcile on the extracted seeds', () => {
  const out = reconcile(files.map((f) => extractText(readFileSync(new URL(f, dir), 'utf8'), { path: path(f) })));
  const conflicts = out.events.flatMap((e) => e.conflicts);

  it('gives exactly three events: 000+001 (2026-01-24), 002+003 (2025-12-06, 003 inherits), 004', () => {
    expect(out.events.map((e) => [e.articles.map((a) => a.slice(15, 18)), e.date?.value ?? null])).toEqual([
      [['002', '003'], '2025-12-06'],
      [['000', '001'], '2026-01-24'],
      [['004'], null],
    ]);
    expect(out.events[0].date!.articles.find((a) => a.article === path(files[3]))?.basis).toBe('cluster');
  });

  it("classifies Baker's titles, Mohin, 47%, 134 t and Centre/Center; no genuine conflict", () => {
    const has = (kind: string, values: string[]) =>
      conflicts.some((c) => c.kind === kind && values.every((v) => c.values.some((x) => x.value === v)));
    expect(has('equivalent', ['US Chargé d’Affaires', 'acting US Ambassador to Pakistan'])).toBe(true);
    expect(has('typo', ['Mohsin Naqvi', 'Mohin Naqvi'])).toBe(true);
    expect(has('equivalent', ['47%', '47 percent'])).toBe(true);
    expect(has('equivalent', ['134 tonnes', '134 tons'])).toBe(true);
    expect(has('equivalent', ['National Narcotics Coordination Centre', 'National Narcotics Coordination Center'])).toBe(true);
    expect(conflicts.filter((c) => c.kind === 'genuine')).toEqual([]);
  });
});
