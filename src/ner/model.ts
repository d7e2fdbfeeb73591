import { gunzipSync, gzipSync } from 'node:zlib';

/** One tagging pass: weights per (feature, label) and label-transition scores. */
export interface PassWeights {
  /** `weights[f * L + label]`, f indexing the model's shared feature list. */
  weights: Float32Array;
  /** `trans[(prev + 1) * L + cur]`, row 0 = sentence start. */
  trans: Float64Array;
}

/**
 * A trained tagger: one feature list shared by its passes (one, or two when the second reads
 * the first's labels), so each feature string is looked up once per token.
 */
export interface NerModel {
  labels: string[];
  features: string[];
  index: Map<string, number>;
  passes: PassWeights[];
  meta: Record<string, unknown>;
}

const MAGIC = 'nfner2';

export function makeModel(labels: string[], features: string[], passes: PassWeights[], meta: Record<string, unknown>): NerModel {
  const index = new Map<string, number>();
  features.forEach((f, i) => index.set(f, i));
  return { labels, features, index, passes, meta };
}

/**
 * Serialises a model: weights quantised to int16 per pass (scale = max |w| / 32767), features
 * whose weights quantise to zero in every pass dropped, then gzip.
 */
export function encodeModel(model: NerModel): Buffer {
  const L = model.labels.length;
  const F = model.features.length;
  const quantised = model.passes.map((p) => {
    let max = 0;
    for (const w of p.weights) max = Math.max(max, Math.abs(w));
    const scale = max / 32767 || 1;
    const q = new Int16Array(F * L);
    for (let k = 0; k < q.length; k++) q[k] = Math.round(p.weights[k] / scale);
    return { q, scale };
  });
  const keep: number[] = [];
  for (let f = 0; f < F; f++) if (quantised.some(({ q }) => q.subarray(f * L, f * L + L).some((v) => v !== 0))) keep.push(f);
  const names = Buffer.from(keep.map((f) => model.features[f]).join('\n'), 'utf8');
  const chunks = quantised.map(({ q }) => {
    const w = new Int16Array(keep.length * L);
    keep.forEach((f, k) => w.set(q.subarray(f * L, f * L + L), k * L));
    return Buffer.from(w.buffer);
  });
  const header = {
    magic: MAGIC,
    labels: model.labels,
    meta: model.meta,
    featureCount: keep.length,
    nameBytes: names.length,
    passes: model.passes.map((p, i) => ({ scale: quantised[i].scale, trans: Array.from(p.trans) })),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([len, json, names, ...chunks]), { level: 9 });
}

interface Header {
  magic: string;
  labels: string[];
  meta: Record<string, unknown>;
  featureCount: number;
  nameBytes: number;
  passes: Array<{ scale: number; trans: number[] }>;
}

export function decodeModel(data: Buffer): NerModel {
  const raw = gunzipSync(data);
  const headerLen = raw.readUInt32LE(0);
  const header = JSON.parse(raw.toString('utf8', 4, 4 + headerLen)) as Header;
  if (header.magic !== MAGIC) throw new Error('not a newsfacts NER model (or an older format): retrain with npm run train:ner');
  const L = header.labels.length;
  let at = 4 + headerLen;
  const features = header.featureCount ? raw.toString('utf8', at, at + header.nameBytes).split('\n') : [];
  at += header.nameBytes;
  const passes = header.passes.map((p) => {
    const bytes = header.featureCount * L * 2;
    const q = new Int16Array(raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + bytes));
    at += bytes;
    const weights = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) weights[i] = q[i] * p.scale;
    return { weights, trans: Float64Array.from(p.trans) };
  });
  return makeModel(header.labels, features, passes, header.meta);
}
