/**
 * Scores the name tagger on a CoNLL-format file through the same entry point as the
 * `entities` stage (`tagSentences`): exact-match P/R/F1 per type, tokens/s, model load ms.
 *   npm run eval:ner -- <CoNLL file> [--model path]
 */
import { readFileSync } from 'node:fs';
import { parseConll } from '../src/ner/conll.js';
import { loadGazetteer } from '../src/ner/gazetteer.js';
import { ENTITY_TYPES, labelIndex, labelSpans } from '../src/ner/labels.js';
import { decodeModel } from '../src/ner/model.js';
import { SpanScorer } from '../src/ner/score.js';
import { loadNerModel, tagSentences } from '../src/ner/tagger.js';

const args = process.argv.slice(2);
const mi = args.indexOf('--model');
const modelPath = mi >= 0 ? args.splice(mi, 2)[1] : undefined;
const file = args[0];
if (!file) {
  console.error('usage: npm run eval:ner -- <CoNLL file> [--model path]');
  process.exit(2);
}
const docs = parseConll(readFileSync(file, 'utf8'));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const t0 = performance.now();
const c0 = cpu();
const model = modelPath ? decodeModel(readFileSync(modelPath)) : loadNerModel();
const gaz = loadGazetteer();
const loadMs = performance.now() - t0;
const loadCpuMs = cpu() - c0;

const scorer = new SpanScorer();
let tokens = 0;
const t1 = performance.now();
const c1 = cpu();
for (const d of docs) {
  const pred = tagSentences(d.sents, model, gaz);
  d.sents.forEach((s, i) => {
    tokens += s.length;
    scorer.add(labelSpans(d.tags[i].map(labelIndex)), pred[i]);
  });
}
const secs = (performance.now() - t1) / 1000;
const cpuSecs = (cpu() - c1) / 1000;
const row = (name: string, types: (typeof ENTITY_TYPES)[number][]) => {
  const r = scorer.prf(types);
  console.log(`${name.padEnd(13)} P ${r.p.toFixed(2).padStart(6)}  R ${r.r.toFixed(2).padStart(6)}  F1 ${r.f1.toFixed(2).padStart(6)}   (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
};
for (const t of ENTITY_TYPES) row(t, [t]);
row('PER+ORG+LOC', ['PER', 'ORG', 'LOC']);
row('overall', [...ENTITY_TYPES]);
console.log(
  `${tokens} tokens in ${secs.toFixed(2)}s wall (${cpuSecs.toFixed(2)}s CPU): ${Math.round(tokens / secs)} tokens/s wall, ${Math.round(tokens / cpuSecs)} tokens/CPU-s; ` +
    `model + gazetteer load ${loadMs.toFixed(0)} ms wall (${loadCpuMs.toFixed(0)} ms CPU)`,
);
