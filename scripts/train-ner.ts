/**
 * Trains the name tagger on CoNLL-format files (token first, NER tag last, IOB1 or IOB2).
 *   npm run train:ner -- <files...> [--out data/ner/model.bin] [--dev file] [--epochs N] [--min-count N] [--folds N]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseConll } from '../src/ner/conll.js';
import { loadGazetteer } from '../src/ner/gazetteer.js';
import { encodeModel } from '../src/ner/model.js';
import { trainModel } from '../src/ner/train/train.js';
import { dataPath } from '../src/data-files.js';
import { MODEL_FILE } from '../src/ner/tagger.js';

const args = process.argv.slice(2);
const files: string[] = [];
const opt: Record<string, string> = {};
for (let i = 0; i < args.length; i++) {
  if (args[i].startsWith('--')) opt[args[i].slice(2)] = args[++i];
  else files.push(args[i]);
}
if (files.length === 0) {
  console.error('usage: npm run train:ner -- <CoNLL files...> [--out path] [--dev file] [--epochs N] [--min-count N] [--folds N] [--augment no]');
  process.exit(2);
}
const train = files.flatMap((f) => parseConll(readFileSync(f, 'utf8')));
const dev = opt.dev ? parseConll(readFileSync(opt.dev, 'utf8')) : undefined;
const out = opt.out ?? dataPath(MODEL_FILE);
const t0 = Date.now();
const model = trainModel(train, {
  gaz: loadGazetteer(),
  epochs: Number(opt.epochs ?? 15),
  minCount: Number(opt['min-count'] ?? 2),
  folds: Number(opt.folds ?? 4),
  augment: opt.augment !== 'no',
  dev,
  log: (m) => console.error(m),
});
model.meta.trainedOn = files.map((f) => f.split('/').pop());
const buf = encodeModel(model);
writeFileSync(out, buf);
console.error(`wrote ${out} (${(buf.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
