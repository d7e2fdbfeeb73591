import { encodePrebuilt, int32View, readPrebuilt, sourceDigest } from '../../data-prebuilt.js';
import { WordTable } from './word-table.js';

/**
 * The frequency list's WordTable stored pre-built (`data/prebuilt/word-table.bin`): hashing and
 * inserting its 238k lines cost every process and batch worker ~35 ms of cold CPU; reading the
 * three arrays costs ~2 ms. Used only when built from exactly this list (see data-prebuilt.ts).
 */
export const WORD_TABLE_FILE = 'word-table.bin';

export function wordTableOf(list: string): WordTable {
  const file = readPrebuilt(WORD_TABLE_FILE, sourceDigest([list]));
  if (!file) return new WordTable(list);
  const { lines, size } = file.meta as { lines: number; size: number };
  const buf = file.payload;
  return new WordTable(list, {
    starts: int32View(buf, 0, lines),
    ends: int32View(buf, lines * 4, lines),
    slots: int32View(buf, lines * 8, size),
  });
}

/** The pre-built file for `list` (scripts/build-data.ts writes it). */
export function encodeWordTable(list: string): Buffer {
  const { starts, ends, slots } = new WordTable(list).parts();
  const payload = Buffer.concat([starts, ends, slots].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
  return encodePrebuilt(sourceDigest([list]), { lines: starts.length, size: slots.length }, payload);
}
