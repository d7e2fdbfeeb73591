import { describe, expect, it } from 'vitest';
import { loadTextData } from '../../src/data-files.js';
import { encodePrebuilt, readPrebuilt, sourceDigest } from '../../src/data-prebuilt.js';
import { WordTable } from '../../src/input/repair/word-table.js';
import { wordTableOf } from '../../src/input/repair/word-table-file.js';
import { readGazetteer } from '../../src/ner/gazetteer-file.js';
import { buildShippedGazetteer, shippedGazetteerSources } from '../../src/ner/gazetteer.js';

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

  it('a file built from other sources is ignored (the loader then builds from the sources)', () => {
    const file = encodePrebuilt(sourceDigest(['a']), { n: 1 }, Buffer.from([1, 2, 3]));
    expect(file.length % 8).toBe(3); // header padded to 8 bytes, then the 3 payload bytes
    expect(sourceDigest(['a'])).not.toBe(sourceDigest(['b']));
    expect(readGazetteer(['not the shipped lists'])).toBeNull();
  });
});
