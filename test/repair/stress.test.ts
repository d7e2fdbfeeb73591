import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findGluedWords } from '../../src/input/repair/glued-words.js';
import { glueWrapped, insertedAt } from './hard-wrap.js';

/**
 * Stress test from the issue: clean articles (the four clean seeds and our own text),
 * hard-wrapped at 60–80 columns with the line breaks deleted. At least 85% of glue points
 * fixed, at most 0.1% of clean tokens changed, and zero changes on the unglued text.
 */
const CLEAN = [
  '../../fixtures/seeds/000_cce0d2dec809e230.txt',
  '../../fixtures/seeds/002_66193c65785121d0.txt',
  '../../fixtures/seeds/003_fb411ceff8b4bc0c.txt',
  '../../fixtures/seeds/004_7bf2bc9db7987c3a.txt',
  './fixtures/clean-news.txt',
].map((p) => readFileSync(new URL(p, import.meta.url), 'utf8'));
const WIDTHS = [60, 65, 70, 75, 80];

describe('stress: hard-wrapped clean text with the line breaks lost', () => {
  let points = 0;
  let fixed = 0;
  let wrong = 0;
  let tokens = 0;
  for (const clean of CLEAN) {
    for (const width of WIDTHS) {
      const { glued, points: glue } = glueWrapped(clean, width);
      const inserted = new Set(insertedAt(glued, findGluedWords(glued)));
      const real = new Set(glue);
      points += glue.length;
      fixed += glue.filter((p) => inserted.has(p)).length;
      wrong += [...inserted].filter((p) => !real.has(p)).length;
      tokens += clean.split(/\s+/u).filter(Boolean).length;
    }
  }
  const fixedRate = fixed / points;
  const wrongRate = wrong / tokens;
  console.log(`stress: ${fixed}/${points} glue points fixed (${(100 * fixedRate).toFixed(1)}%), ${wrong} clean tokens changed of ${tokens} (${(100 * wrongRate).toFixed(3)}%)`);

  it('fixes at least 85% of glue points', () => {
    expect(points).toBeGreaterThan(500);
    expect(fixedRate).toBeGreaterThanOrEqual(0.85);
  });

  it('changes at most 0.1% of clean tokens', () => {
    expect(wrongRate).toBeLessThanOrEqual(0.001);
  });

  it.each(CLEAN.map((c, i) => [i, c]))('unglued text %i: zero changes', (_i, clean) => {
    expect(findGluedWords(clean as string)).toEqual([]);
  });

  it('runs in linear time: a few ms per 5 kB article', () => {
    const { glued } = glueWrapped(CLEAN.join('\n'), 70);
    findGluedWords(glued); // word list loaded
    // CPU time, not wall time: the machine is shared.
    const runs = 10;
    const c0 = process.cpuUsage();
    for (let i = 0; i < runs; i++) findGluedWords(glued);
    const c = process.cpuUsage(c0);
    const perKb = (c.user + c.system) / 1000 / runs / (glued.length / 1000);
    console.log(`stress: ${(perKb * 5).toFixed(2)} ms CPU per 5 kB`);
    expect(perKb * 5).toBeLessThan(50); // generous bound for a shared CI machine
  });
});
