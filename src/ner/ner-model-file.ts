import { gunzipSync } from 'node:zlib';
import { encodePrebuilt, int32View, readPrebuilt, sourceDigest } from '../data-prebuilt.js';
import { adoptJointWeights, jointWeights, type JointWeights } from './emission.js';
import { adoptPairTable, PAIRS } from './feature-indexer.js';
import { makeModel, type NerModel, type PassWeights } from './model.js';
import { PairTable } from './pair-table.js';

/**
 * The shipped NER model stored pre-built (`data/prebuilt/ner-model.bin`), ready for the tagger:
 * no gunzip, the weights already in the tagger's joint layout (int16, passes side by side per
 * feature, see emission.ts) and the pair-feature hash table already filled. Decoding model.bin,
 * building the joint weights and the pair table cost every process ~45 ms of cold CPU.
 *
 * The joint weights are `float32(q * scale)` of the same int16 `q` and scale as `decodeModel`,
 * so they are the same bits; a pass's own `weights` array is cut out of them on first use
 * (the tagger never reads it). Used only when built from exactly this model.bin and PAIRS.
 */
export const NER_MODEL_FILE = 'ner-model.bin';

interface Meta {
  labels: string[];
  meta: Record<string, unknown>;
  featureCount: number;
  nameBytes: number;
  scales: number[];
  trans: number[][];
  pairWords: string[];
  pairSize: number;
  pairSlots: number;
}

const digestOf = (modelBytes: Uint8Array) => sourceDigest([modelBytes, PAIRS.join('\n')]);
const align4 = (n: number) => Math.ceil(n / 4) * 4;

export function readNerModel(modelBytes: Uint8Array): NerModel | null {
  const file = readPrebuilt(NER_MODEL_FILE, digestOf(modelBytes));
  if (!file) return null;
  const m = file.meta as unknown as Meta;
  const buf = file.payload;
  const F = m.featureCount;
  const L = m.labels.length;
  const P = m.scales.length;
  const features = F ? buf.toString('utf8', 0, m.nameBytes).split('\n') : [];
  let at = align4(m.nameBytes);
  const q = new Int16Array(buf.buffer, buf.byteOffset + at, F * P * L);
  at += align4(q.byteLength);
  const W = new Float32Array(q.length);
  for (let f = 0; f < F; f++) {
    for (let p = 0; p < P; p++) {
      const scale = m.scales[p];
      for (let k = (f * P + p) * L, end = k + L; k < end; k++) W[k] = q[k] * scale;
    }
  }
  const J: JointWeights = { W, P, L };
  const passes = m.trans.map((trans, p) => lazyPass(J, p, F, Float64Array.from(trans)));
  const model = makeModel(m.labels, features, passes, m.meta);
  adoptJointWeights(model, J);
  adoptPairTable(model, PairTable.fromParts({ words: m.pairWords, table: int32View(buf, at, m.pairSlots * 3), size: m.pairSize }));
  return model;
}

/** Pass `p`'s weights (`[f * L + label]`), cut out of the joint weights when first read. */
function lazyPass(J: JointWeights, p: number, F: number, trans: Float64Array): PassWeights {
  let weights: Float32Array | null = null;
  return {
    trans,
    get weights(): Float32Array {
      if (!weights) {
        const { W, P, L } = J;
        weights = new Float32Array(F * L);
        for (let f = 0; f < F; f++) weights.set(W.subarray((f * P + p) * L, (f * P + p + 1) * L), f * L);
      }
      return weights;
    },
  };
}

/** The pre-built file for the model encoded in `modelBytes`, decoded as `model` (scripts/build-data.ts). */
export function encodeNerModel(modelBytes: Uint8Array, model: NerModel): Buffer {
  const { W, P, L } = jointWeights(model);
  const F = model.features.length;
  // Each pass's int16 step, from model.bin's header: decodeModel made every weight float32(q * scale).
  const raw = gunzipSync(modelBytes);
  const header = JSON.parse(raw.toString('utf8', 4, 4 + raw.readUInt32LE(0))) as { passes: Array<{ scale: number }> };
  const scales = header.passes.map((p) => p.scale);
  const q = new Int16Array(W.length);
  for (let f = 0; f < F; f++) for (let p = 0; p < P; p++) for (let k = (f * P + p) * L, end = k + L; k < end; k++) q[k] = Math.round(W[k] / scales[p]);
  const names = Buffer.from(model.features.join('\n'), 'utf8');
  const { words, table, size } = PairTable.ofModel(model.features, PAIRS).parts();
  const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc(align4(b.length) - b.length)]);
  const meta: Meta = {
    labels: model.labels,
    meta: model.meta,
    featureCount: F,
    nameBytes: names.length,
    scales,
    trans: model.passes.map((p) => Array.from(p.trans)),
    pairWords: words,
    pairSize: size,
    pairSlots: table.length / 3,
  };
  const payload = Buffer.concat([pad(names), pad(Buffer.from(q.buffer)), Buffer.from(table.buffer, table.byteOffset, table.byteLength)]);
  return encodePrebuilt(digestOf(modelBytes), meta as unknown as Record<string, unknown>, payload);
}
