import { describe, expect, it } from 'vitest';
import { loadTextData } from '../../src/data-files.js';
import { encodePrebuilt, readPrebuilt, sourceDigest } from '../../src/data-prebuilt.js';
import { WordTable } from '../../src/input/repair/word-table.js';
import { wordTableOf } from '../../src/input/repair/word-table-file.js';
import { readGazetteer } from '../../src/ner/gazetteer-file.js';
import { buildShippedGazetteer, shippedGazetteerSources } from '../../src/ner/gazetteer.js';
import { readFileSync } from 'node:fs';
import { dataPath } from '../../src/data-files.js';
import { jointWeights } from '../../src/ner/emission.js';
import { indexerFor, PAIRS } from '../../src/ner/feature-indexer.js';
import { decodeModel } from '../../src/ner/model.js';
import { readNerModel } from '../../src/ner/ner-model-file.js';
import { PairTable } from '../../src/ner/pair-table.js';
import { MODEL_FILE } from '../../src/ner/tagger.js';

const bytesOf = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

// The files in data/prebuilt/ must equal what their sources give: if one fails, run `npm run data:build`.
describe('pre-built data tables', () => {
  it('word-table.bin is fresh and holds the table built from the frequency list', () => {
    const list = loadTextData('words/en-wikipedia-ranked.txt');
    expect(readPrebuilt('word-table.bin', sourceDigest([list]))).not.toBeNull();
    const built = new WordTable(list).parts();
    const stored = wordTableOf(list).parts();
    expect(Buffer.from(stored.starts.buffer, stored.starts.byteOffset, stored.starts.byteLength).equals(Buffer.from(built.starts.buffer))).toBe(true);
    expect(Buffer.from(stored.ends.buffer, stored.ends.byteOffset, stored.ends.byteLength).equals(Buffer.from(built.ends.buffer))).toBe(true);
    expect(Buffer.from(stored.slots.buffer, stored.slots.byteOffset, stored.slots.byteLength).equals(Buffer.from(built.slots.buffer))).toBe(true);
    const table = wordTableOf(list);
    expect(table.rank('the')).toBe(1);
    expect(table.rank('The', true)).toBe(1);
    expect(table.rank('qwzxqwzx')).toBe(0);
  });

  it('gazetteer.bin is fresh and holds the gazetteer built from the list files, in the same order', () => {
    const sources = shippedGazetteerSources();
    const stored = readGazetteer(sources);
    expect(stored).not.toBeNull();
    const built = buildShippedGazetteer(sources);
    expect(stored!.maxLen).toBe(built.maxLen);
    expect([...stored!.phrases]).toEqual([...built.phrases]);
  });

  it('ner-model.bin is fresh and holds model.bin decoded: same features, labels, weight bits, transitions and pair table', () => {
    const bytes = readFileSync(dataPath(MODEL_FILE));
    const stored = readNerModel(bytes);
    expect(stored).not.toBeNull();
    const decoded = decodeModel(bytes);
    expect(stored!.features).toEqual(decoded.features);
    expect(stored!.labels).toEqual(decoded.labels);
    expect(stored!.meta).toEqual(decoded.meta);
    expect(bytesOf(jointWeights(stored!).W).equals(bytesOf(jointWeights(decoded).W))).toBe(true);
    stored!.passes.forEach((p, i) => {
      expect(bytesOf(p.weights).equals(bytesOf(decoded.passes[i].weights))).toBe(true);
      expect(bytesOf(p.trans).equals(bytesOf(decoded.passes[i].trans))).toBe(true);
    });
    const storedPairs = indexerFor(stored!, buildShippedGazetteer()).pairs.parts();
    const builtPairs = PairTable.ofModel(decoded.features, PAIRS).parts();
    expect(storedPairs.words).toEqual(builtPairs.words);
    expect(storedPairs.size).toBe(builtPairs.size);
    expect(bytesOf(storedPairs.table).equals(bytesOf(builtPairs.table))).toBe(true);
  });

  it('a file built from other sources is ignored (the loader then builds from the sources)', () => {
    const file = encodePrebuilt(sourceDigest(['a']), { n: 1 }, Buffer.from([1, 2, 3]));
    expect(file.length % 8).toBe(3); // header padded to 8 bytes, then the 3 payload bytes
    expect(sourceDigest(['a'])).not.toBe(sourceDigest(['b']));
    expect(readGazetteer(['not the shipped lists'])).toBeNull();
    expect(readNerModel(Buffer.from('not the shipped model'))).toBeNull();
  });
});
