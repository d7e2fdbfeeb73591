import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/document/document.js';
import { repairDocument } from '../../src/input/repair/index.js';
import { DEFAULT_PIPELINE } from '../../src/pipeline/default.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { runPipeline } from '../../src/pipeline/run.js';

const DIR = new URL('../../fixtures/seeds/', import.meta.url);
const UP_TO_PLACES = DEFAULT_PIPELINE.slice(0, DEFAULT_PIPELINE.findIndex((s) => s.provides === 'places') + 1);

function run(file: string): Partial<Layers> {
  const doc = repairDocument(makeDocument({ id: file }, readFileSync(new URL(file, DIR), 'utf8')));
  return runPipeline(doc, UP_TO_PLACES).layers;
}

const seeds = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const all = seeds.map((f) => ({ f, layers: run(f) }));
const mentionsOf = (surname: string) =>
  all.reduce((n, { layers }) => n + layers.people!.filter((p) => p.name.endsWith(surname)).reduce((k, p) => k + p.mentions.length, 0), 0);

describe('seed articles: officials', () => {
  it('finds every mention of the two main officials', () => {
    expect(mentionsOf('Naqvi')).toBe(19);
    expect(mentionsOf('Baker')).toBe(10);
  });

  it('finds the other named people', () => {
    const names = new Set(all.flatMap(({ layers }) => layers.people!.map((p) => p.name)));
    for (const n of ['Shehbaz Sharif', 'Fizza Waheed', 'Habib Gul', 'Neil Fowler', 'Ken Daines']) expect(names).toContain(n);
  });

  it('structures the titles and keeps them out of names', () => {
    const titles = all.flatMap(({ layers }) => layers.people!.flatMap((p) => p.titles));
    expect(titles).toContainEqual(expect.objectContaining({ role: 'charge_d_affaires', country: 'US' }));
    expect(titles).toContainEqual(expect.objectContaining({ role: 'ambassador', qualifier: 'acting', country: 'US' }));
    expect(titles).toContainEqual(expect.objectContaining({ role: 'minister', portfolio: 'interior' }));
    for (const { layers } of all) for (const p of layers.people!) expect(p.name).not.toMatch(/Minister|Ambassador|Chargé|Acting|Mr|Ms/);
  });

  it('links the ANF acronym to the Anti-Narcotics Force', () => {
    for (const { layers } of all.filter(({ f }) => /^00[23]/.test(f))) {
      const anf = layers.organizations!.find((o) => o.name === 'Anti-Narcotics Force');
      expect(anf?.aliases).toContain('ANF');
    }
  });
});
