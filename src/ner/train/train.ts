import type { ConllDoc } from '../conll.js';
import { documentFeatures } from '../features.js';
import type { Gazetteer } from '../gazetteer.js';
import { LABELS, labelIndex, labelSpans } from '../labels.js';
import type { NerModel, PassWeights } from '../model.js';
import { makeModel } from '../model.js';
import { priorFeatures } from '../prior.js';
import { SpanScorer } from '../score.js';
import type { EncodedSentence } from './encode.js';
import { decodeEncoded, FeatureInterner, filterIds, mergeEncoded } from './encode.js';
import { trainPerceptron } from './perceptron.js';
import { titleCaseHeadlines } from './augment.js';

export interface TrainOptions {
  gaz: Gazetteer;
  epochs: number;
  /** Features seen fewer times in training are dropped. */
  minCount: number;
  /** Folds for the stacked second pass (0 = one pass only). */
  folds: number;
  /** Rewrite the capitals headlines of every other training document in Title Case. */
  augment?: boolean;
  dev?: ConllDoc[];
  log?: (msg: string) => void;
}

type Docs = EncodedSentence[][];

function f1(docs: Docs, labels: number[][][]): string {
  const sc = new SpanScorer();
  docs.forEach((d, i) => d.forEach((s, j) => sc.add(labelSpans(Array.from(s.gold)), labelSpans(labels[i][j]))));
  const all = sc.prf();
  const per = sc.prf(['PER']);
  const pol = sc.prf(['PER', 'ORG', 'LOC']);
  return `F1 all ${all.f1.toFixed(2)} PER ${per.f1.toFixed(2)} PER+ORG+LOC ${pol.f1.toFixed(2)}`;
}

/**
 * Trains a tagger on CoNLL-format documents: pass one over the base features; with `folds`,
 * a second pass over base + stacking features, whose training labels come from pass-one
 * models that did not see the document (jackknife), as at run time.
 */
export function trainModel(input: ConllDoc[], opts: TrainOptions): NerModel {
  const train = opts.augment ? input.map((d, i) => (i % 2 ? titleCaseHeadlines(d) : d)) : input;
  const log = opts.log ?? (() => {});
  const L = LABELS.length;
  const it = new FeatureInterner();
  const gold = (d: ConllDoc) => d.tags.map((t) => t.map(labelIndex));
  const t0 = Date.now();
  const encodeDocs = (docs: ConllDoc[], add: boolean): Docs =>
    docs.map((d) => {
      const g = gold(d);
      return documentFeatures(d.sents, opts.gaz).map((f, s) => it.encode(f, g[s], add));
    });
  let trainEnc = encodeDocs(train, true);
  const keep = (id: number) => it.counts[id] >= opts.minCount;
  trainEnc = trainEnc.map((d) => d.map((s) => filterIds(s, keep)));
  const devEnc = opts.dev ? encodeDocs(opts.dev, false) : undefined;
  log(`features: ${it.names.length} distinct, extracted in ${((Date.now() - t0) / 1000).toFixed(1)}s`);

  const runPass = (name: string, docs: Docs, dev?: Docs) => {
    const t = Date.now();
    const sents = docs.flat();
    const r = trainPerceptron(sents, it.names.length, L, {
      epochs: opts.epochs,
      onEpoch: dev
        ? (e, w, tr) => log(`  ${name} epoch ${e}: dev ${f1(dev, dev.map((d) => d.map((s) => decodeEncoded(s, w, tr, L))))}`)
        : undefined,
    });
    log(`  ${name} trained in ${((Date.now() - t) / 1000).toFixed(1)}s`);
    return r;
  };
  const decodeDocs = (docs: Docs, w: { weights: Float32Array; trans: Float64Array }) =>
    docs.map((d) => d.map((s) => decodeEncoded(s, w.weights, w.trans, L)));

  const pass1 = runPass('pass 1', trainEnc, devEnc);
  const passes: PassWeights[] = [];
  if (opts.folds >= 2) {
    const k = opts.folds;
    const trainLabels: number[][][] = new Array(train.length);
    for (let fold = 0; fold < k; fold++) {
      const w = runPass(`fold ${fold + 1}/${k}`, trainEnc.filter((_, i) => i % k !== fold));
      trainEnc.forEach((d, i) => {
        if (i % k === fold) trainLabels[i] = decodeDocs([d], w)[0];
      });
    }
    const stack = (docs: ConllDoc[], enc: Docs, labels: number[][][], add: boolean): Docs =>
      docs.map((d, i) => {
        const pf = priorFeatures(d.sents, labels[i]);
        return enc[i].map((s, j) => mergeEncoded(s, it.encode(pf[j], Array.from(s.gold), add)));
      });
    let train2 = stack(train, trainEnc, trainLabels, true);
    train2 = train2.map((d) => d.map((s) => filterIds(s, keep)));
    const dev2 = devEnc && opts.dev ? stack(opts.dev, devEnc, decodeDocs(devEnc, pass1), false) : undefined;
    const pass2 = runPass('pass 2', train2, dev2);
    passes.push(pass1, pass2);
  } else passes.push(pass1);
  return makeModel([...LABELS], it.names, passes, { epochs: opts.epochs, minCount: opts.minCount, folds: opts.folds, sentences: train.reduce((n, d) => n + d.sents.length, 0) });
}
