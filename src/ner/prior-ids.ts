import { acronymsOfSentence } from './acronyms.js';
import { ENTITY_TYPES, isInside, LABELS, labelType } from './labels.js';
import type { NerModel } from './model.js';
import { IdList } from './id-list.js';
import type { DocumentIds } from './feature-ids.js';

/**
 * The model's ids of `priorFeatures` (the same multiset per token), from integer tables instead
 * of feature strings: every stacking feature but `acr=` takes its value from the closed set of
 * labels and label:position tags, and per-word counts live in the document's key slots.
 * `priorFeatures` stays the definition; a test checks they agree.
 */

/** The tags a token's first-pass label gives it: 'O' or its type, then `type:position`. */
const TYPE_TAGS = ['O', ...ENTITY_TYPES];
const POSITIONS = ['S', 'B', 'E', 'I'];
const TAGS = [...TYPE_TAGS, ...ENTITY_TYPES.flatMap((t) => POSITIONS.map((p) => `${t}:${p}`))];
const T = TAGS.length;
/** Type tags in string order: `pmaj` breaks ties between equally frequent types by the smaller string. */
const RANK = TYPE_TAGS.map((t) => [...TYPE_TAGS].sort().indexOf(t));

class PriorTables {
  readonly pr: Int32Array;
  readonly prm1: Int32Array;
  readonly prp1: Int32Array;
  readonly po: Int32Array;
  readonly pmaj: Int32Array;
  /** By `typeTag * labels + label`. */
  readonly pmajPr: Int32Array;
  readonly acr = new Map<string, number>();

  constructor(model: NerModel) {
    const ids = (names: string[]) => Int32Array.from(names, (f) => model.index.get(f) ?? -1);
    this.pr = ids(LABELS.map((l) => `pr=${l}`));
    this.prm1 = ids([...LABELS, '<s>'].map((l) => `pr-1=${l}`));
    this.prp1 = ids([...LABELS, '</s>'].map((l) => `pr+1=${l}`));
    this.po = ids(TAGS.map((t) => `po=${t}`));
    this.pmaj = ids(TYPE_TAGS.map((t) => `pmaj=${t}`));
    this.pmajPr = ids(TYPE_TAGS.flatMap((t) => LABELS.map((l) => `pmaj|pr=${t}|${l}`)));
    for (const t of TYPE_TAGS) this.acr.set(t, model.index.get(`acr=${t}`) ?? -1);
  }
}

const tables = new WeakMap<NerModel, PriorTables>();

// Work buffers, grown as needed (tagging is synchronous): per token its own tags, per word slot its tag counts.
let typeTag = new Uint8Array(0);
let posTag = new Int8Array(0);
let counts = new Int32Array(0);

/**
 * `featureIds(model, priorFeatures(raw, labels))` per token of `doc`, with `labels` the first
 * pass's (flat, like doc's tokens); into `into` when given (a list the caller reuses).
 */
export function priorIds(model: NerModel, doc: DocumentIds, labels: Uint8Array, into?: IdList): IdList {
  let P = tables.get(model);
  if (!P) tables.set(model, (P = new PriorTables(model)));
  const { words, sentStart, slot } = doc;
  const N = words.length;
  // Own tags per token: type tag (0 = 'O') and position tag (-1 = none), as `labelSpans` reads the labels.
  if (typeTag.length < N) (typeTag = new Uint8Array(N * 2)), (posTag = new Int8Array(N * 2));
  if (counts.length < doc.slots * T) counts = new Int32Array(doc.slots * T * 2);
  typeTag.fill(0, 0, N);
  posTag.fill(-1, 0, N);
  counts.fill(0, 0, doc.slots * T);
  const acronyms = new Map<string, string>();
  const acr = words.map((w) => w.e.acr);
  for (let s = 0; s + 1 < sentStart.length; s++) {
    const a = sentStart[s];
    const b = sentStart[s + 1];
    for (let i = a; i < b; ) {
      const type = labelType(labels[i]);
      if (type === null) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < b && isInside(labels[j]) && labelType(labels[j]) === type) j++;
      const ty = ENTITY_TYPES.indexOf(type);
      for (let k = i; k < j; k++) (typeTag[k] = ty + 1), (posTag[k] = TYPE_TAGS.length + ty * 4 + (j - i === 1 ? 0 : k === i ? 1 : k === j - 1 ? 2 : 3));
      i = j;
    }
    for (let i = a; i < b; i++) {
      if (!isCounted(words[i].e)) continue;
      counts[slot[i] * T + typeTag[i]]++;
      if (posTag[i] >= 0) counts[slot[i] * T + posTag[i]]++;
    }
    acronymsOfSentence(acr, a, b, (k) => labels[k], acronyms);
  }
  const out = into ? into.reset(N) : new IdList(N, 8);
  const L = LABELS.length;
  for (let s = 0; s + 1 < sentStart.length; s++) {
    const a = sentStart[s];
    const b = sentStart[s + 1];
    for (let i = a; i < b; i++) {
      out.open(i);
      const e = words[i].e;
      out.push(P.pr[labels[i]]);
      out.push(P.prm1[i > a ? labels[i - 1] : L]);
      out.push(P.prp1[i + 1 < b ? labels[i + 1] : L]);
      const expansion = e.acronym ? acronyms.get(e.acronym) : undefined;
      if (expansion) out.push(P.acr.get(expansion)!);
      if (!isCounted(e)) continue;
      const at = slot[i] * T;
      let best = -1;
      let bestN = 0;
      let others = 0;
      for (let t = 0; t < T; t++) {
        const n = counts[at + t];
        if (n === 0) continue;
        const rest = n - (t === typeTag[i] || t === posTag[i] ? 1 : 0);
        if (rest <= 0) continue;
        out.push(P.po[t]);
        if (t < TYPE_TAGS.length) {
          others += rest;
          if (rest > bestN || (rest === bestN && RANK[t] < RANK[best])) (best = t), (bestN = rest);
        }
      }
      if (others > 0) out.push(P.pmaj[best]), out.push(P.pmajPr[best * L + labels[i]]);
    }
  }
  out.end(N);
  return out;
}

/** Whether the second pass counts this word's labels (`priorFeatures`' keys). */
function isCounted(e: { upperOrDigit: boolean; cls: string }): boolean {
  return e.upperOrDigit && e.cls !== 'lower';
}
