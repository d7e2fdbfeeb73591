import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runEntities } from './run-entities.js';

const DIR = new URL('../../fixtures/seeds/', import.meta.url);
const seeds = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const people = seeds.flatMap((f) => runEntities(readFileSync(new URL(f, DIR), 'utf8')).entities!.filter((e) => e.type === 'PER').map((e) => e.text));

describe('entities on the seed articles', () => {
  it('finds every mention of the two recurring officials, titles outside the name', () => {
    expect(people.filter((p) => /Naqvi/.test(p))).toHaveLength(19);
    expect(people.filter((p) => /Baker/.test(p))).toHaveLength(10);
    expect(people.filter((p) => /Minister|Ambassador|Mr|Ms/.test(p))).toEqual([]);
  });

  it('finds the other named officials', () => {
    for (const name of ['Shehbaz Sharif', 'Fizza Waheed', 'Habib Gul', 'Neil Fowler', 'Ken Daines']) expect(people).toContain(name);
  });
});
