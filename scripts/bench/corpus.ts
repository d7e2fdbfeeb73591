// Deterministic benchmark corpus recombined from the repo's own fixtures (no outside text).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from '../../test/helpers/prng.js';

export { prng };

export function fixtureParagraphs(dir: string): string[] {
  const paragraphs: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.txt')) continue;
    for (const p of readFileSync(join(dir, f), 'utf8').split(/\n\s*\n|\n/)) if (p.trim().length > 40) paragraphs.push(p.trim());
  }
  return paragraphs;
}

/** One ~3 kB article: a dateline, then paragraphs drawn at random, with figures varied. */
export function makeArticle(paragraphs: string[], rand: () => number, targetChars = 3000): string {
  const parts: string[] = [];
  let size = 0;
  while (size < targetChars) {
    const p = paragraphs[Math.floor(rand() * paragraphs.length)].replace(/\d+/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + rand())))));
    parts.push(p);
    size += p.length + 2;
  }
  return 'ISLAMABAD: ' + parts.join('\n\n');
}

export function writeCorpus(path: string, count: number, paragraphs: string[], seed = 42): number {
  const rand = prng(seed);
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = makeArticle(paragraphs, rand);
    bytes += Buffer.byteLength(text);
    lines.push(JSON.stringify({ id: `bench-${i}`, text, published: '2025-12-07' }));
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return bytes;
}
