/**
 * People through the full pipeline on a CoNLL-format file: each document's sentences joined
 * into text (a line per sentence), person mentions from `people[].mentions` scored against
 * the gold PER spans (exact character match), organizations and places likewise.
 *   npx tsx test/people/conll-people.ts <CoNLL file> [max docs]
 */
import { readFileSync } from 'node:fs';
import { makeDocument } from '../../src/document/document.js';
import { parseConll } from '../../src/ner/conll.js';
import { DEFAULT_PIPELINE } from '../../src/pipeline/default.js';
import { runPipeline } from '../../src/pipeline/run.js';

const UP_TO_PLACES = DEFAULT_PIPELINE.slice(0, DEFAULT_PIPELINE.findIndex((s) => s.provides === 'places') + 1);
const [file, max] = process.argv.slice(2);
const docs = parseConll(readFileSync(file, 'utf8')).slice(0, max ? Number(max) : undefined);
const score = { PER: [0, 0, 0], ORG: [0, 0, 0], LOC: [0, 0, 0] } as Record<string, number[]>;
for (const d of docs) {
  let text = '';
  const gold: Record<string, Set<string>> = { PER: new Set(), ORG: new Set(), LOC: new Set() };
  d.sents.forEach((toks, si) => {
    const starts: number[] = [];
    for (const t of toks) {
      if (text.length && !text.endsWith('\n')) text += ' ';
      starts.push(text.length);
      text += t;
    }
    let open: [string, number, number] | null = null;
    const close = () => {
      if (open && gold[open[0]]) gold[open[0]].add(`${open[1]}:${open[2]}`);
      open = null;
    };
    d.tags[si].forEach((tag, i) => {
      if (tag.startsWith('B-')) {
        close();
        open = [tag.slice(2), starts[i], starts[i] + toks[i].length];
      } else if (tag.startsWith('I-') && open) open[2] = starts[i] + toks[i].length;
      else close();
    });
    close();
    text += '\n';
  });
  const { layers } = runPipeline(makeDocument({ id: 'c' }, text), UP_TO_PLACES);
  const pred: Record<string, Set<string>> = {
    PER: new Set((layers.people ?? []).flatMap((p) => p.mentions.map((m) => `${m.start}:${m.end}`))),
    ORG: new Set((layers.organizations ?? []).flatMap((p) => p.mentions.map((m) => `${m.start}:${m.end}`))),
    LOC: new Set((layers.places ?? []).flatMap((p) => p.mentions.map((m) => `${m.start}:${m.end}`))),
  };
  for (const t of ['PER', 'ORG', 'LOC']) {
    for (const k of pred[t]) if (gold[t].has(k)) score[t][0]++;
    if (process.env.SHOW === t) for (const k of gold[t]) if (!pred[t].has(k)) { const [a, b] = k.split(':').map(Number); console.log(`FN ${t} ${text.slice(a, b)} | ${text.slice(Math.max(0, a - 40), b + 30).replace(/\n/g, ' / ')}`); }
    if (process.env.SHOW === t) for (const k of pred[t]) if (!gold[t].has(k)) { const [a, b] = k.split(':').map(Number); console.log(`FP ${t} ${text.slice(a, b)} | ${text.slice(Math.max(0, a - 40), b + 30).replace(/\n/g, ' / ')}`); }
    score[t][1] += pred[t].size;
    score[t][2] += gold[t].size;
  }
}
for (const [t, [tp, p, g]] of Object.entries(score)) {
  const P = (100 * tp) / p, R = (100 * tp) / g;
  console.log(`${t} P ${P.toFixed(1)} R ${R.toFixed(1)} F1 ${((2 * P * R) / (P + R)).toFixed(1)} (${tp}/${p} pred, ${g} gold)`);
}
