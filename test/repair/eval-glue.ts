/**
 * Held-out check of the glued-words repair on real news (not run by vitest):
 *   npx tsx test/repair/eval-glue.ts /work/shared/data/tempeval3-tbaq
 * Reads every TimeML document's <TEXT>, (1) runs the repairs on the clean text (nothing may
 * change), (2) hard-wraps it at 60/70/80 columns with the line breaks deleted and scores the
 * glued-words repair: glue points fixed, clean tokens changed. MISS=1 lists the misses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { findGluedWords, glueCandidates } from '../../src/input/repair/glued-words.js';
import { fixMojibake } from '../../src/input/repair/mojibake.js';
import { glueWrapped, insertedAt } from './hard-wrap.js';

const root = process.argv[2];
if (!root) throw new Error('usage: eval-glue.ts <tempeval3-tbaq folder>');
let points = 0;
let fixed = 0;
let wrong = 0;
let tokens = 0;
let docs = 0;
let candidates = 0;
let fired = 0;
let mojibake = 0;
const samples: string[] = [];
for (const sub of ['TimeBank', 'AQUAINT']) {
  for (const f of readdirSync(`${root}/${sub}`).sort()) {
    const m = /<TEXT>([\s\S]*?)<\/TEXT>/u.exec(readFileSync(`${root}/${sub}/${f}`, 'utf8'));
    if (!m) continue;
    // Drop the markup; the corpus' own line breaks inside a paragraph become spaces.
    const text = m[1]
      .replace(/<[^>]+>/gu, '')
      .replace(/&amp;/gu, '&')
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .split(/\n\s*\n/u)
      .map((p) => p.replace(/\s+/gu, ' ').trim())
      .filter(Boolean)
      .join('\n');
    docs++;
    if (fixMojibake(text) !== text) mojibake++;
    candidates += glueCandidates(text).points;
    if (findGluedWords(text).length > 0) fired++;
    for (const width of [60, 70, 80]) {
      const { glued, points: glue } = glueWrapped(text, width);
      const inserted = new Set(insertedAt(glued, findGluedWords(glued)));
      const real = new Set(glue);
      points += glue.length;
      fixed += glue.filter((p) => inserted.has(p)).length;
      for (const p of inserted) {
        if (real.has(p)) continue;
        wrong++;
        samples.push(`wrong ${JSON.stringify(`${glued.slice(p - 15, p)}|${glued.slice(p, p + 12)}`)}`);
      }
      if (process.env.MISS) for (const p of glue) if (!inserted.has(p)) samples.push(`miss  ${JSON.stringify(`${glued.slice(p - 15, p)}|${glued.slice(p, p + 12)}`)}`);
      tokens += text.split(/\s+/u).length;
    }
  }
}
console.log(`${docs} clean documents: ${candidates} glue candidates before the trigger, trigger fired on ${fired}, mojibake repair changed ${mojibake}`);
console.log(`hard-wrapped at 60/70/80: ${fixed}/${points} glue points fixed (${((100 * fixed) / points).toFixed(1)}%), ${wrong} of ${tokens} clean tokens changed (${((100 * wrong) / tokens).toFixed(3)}%)`);
for (const s of samples.slice(0, Number(process.env.TOP ?? 40))) console.log(s);
