import { gunzipSync, gzipSync } from 'node:zlib';

/** One tagging pass: feature names, their weights per label, and label-transition scores. */
export interface PassWeights {
  features: string[];
  index: Map<string, number>;
  /** `weights[f * L + label]`. */
  weights: Float32Array;
  /** `trans[(prev + 1) * L + cur]`, row 0 = sentence start. */
  trans: Float64Array;
}

/** A trained tagger: one pass, or two when the second reads the first's labels (stacking). */
export interface NerModel {
  labels: string[];
  passes: PassWeights[];
  meta: Record<string, unknown>;
}

const MAGIC = 'nfner1';

export function makePass(features: string[], weights: Float32Array, trans: Float64Array): PassWeights {
  const index = new Map<string, number>();
  features.forEach((f, i) => index.set(f, i));
  return { features, index, weights, trans };
}

/**
 * Serialises a model: weights quantised to int16 per pass (scale = max |w| / 32767), features
 * whose weights all quantise to zero dropped, then gzip.
 */
export function encodeModel(model: NerModel): Buffer {
  const L = model.labels.length;
  const chunks: Buffer[] = [];
  const passes = model.passes.map((p) => {
    let max = 0;
    for (const w of p.weights) max = Math.max(max, Math.abs(w));
    const scale = max / 32767 || 1;
    const keep: number[] = [];
    const q = new Int16Array(p.features.length * L);
    for (let f = 0; f < p.features.length; f++) {
      let any = false;
      for (let l = 0; l < L; l++) {
        const v = Math.round(p.weights[f * L + l] / scale);
        q[f * L + l] = v;
        if (v !== 0) any = true;
      }
      if (any) keep.push(f);
    }
    const names = Buffer.from(keep.map((f) => p.features[f]).join('\n'), 'utf8');
    const weights = new Int16Array(keep.length * L);
    keep.forEach((f, k) => weights.set(q.subarray(f * L, f * L + L), k * L));
    chunks.push(names, Buffer.from(weights.buffer));
    return { featureCount: keep.length, nameBytes: names.length, scale, trans: Array.from(p.trans) };
  });
  const header = Buffer.from(JSON.stringify({ magic: MAGIC, labels: model.labels, meta: model.meta, passes }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  return gzipSync(Buffer.concat([len, header, ...chunks]), { level: 9 });
}

interface Header {
  magic: string;
  labels: string[];
  meta: Record<string, unknown>;
  passes: Array<{ featureCount: number; nameBytes: number; scale: number; trans: number[] }>;
}

export function decodeModel(data: Buffer): NerModel {
  const raw = gunzipSync(data);
  const headerLen = raw.readUInt32LE(0);
  const header = JSON.parse(raw.toString('utf8', 4, 4 + headerLen)) as Header;
  if (header.magic !== MAGIC) throw new Error('not a newsfacts NER model');
  const L = header.labels.length;
  let at = 4 + headerLen;
  const passes = header.passes.map((p) => {
    const features = p.featureCount ? raw.toString('utf8', at, at + p.nameBytes).split('\n') : [];
    at += p.nameBytes;
    const bytes = p.featureCount * L * 2;
    const q = new Int16Array(raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + bytes));
    at += bytes;
    const weights = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) weights[i] = q[i] * p.scale;
    return makePass(features, weights, Float64Array.from(p.trans));
  });
  return { labels: header.labels, passes, meta: header.meta };
}
