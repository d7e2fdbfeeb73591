import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dataPath } from './data-files.js';

/**
 * Pre-built tables in `data/prebuilt/` (written by `npm run data:build`, scripts/build-data.ts):
 * what a loader would otherwise build from the source lists at every process start, stored ready
 * to use. Each file records the digest of the sources it was built from; a loader passes the
 * digest of the sources it sees, so a missing or stale file is ignored (the loader builds from
 * the sources as before) and can never change output.
 *
 * Layout: uint32 LE header length, the JSON header `{magic, digest, meta}`, padding to 8 bytes,
 * then the payload (8-aligned, so typed arrays can view it in place).
 */
const MAGIC = 'nfprebuilt1';

export interface Prebuilt {
  meta: Record<string, unknown>;
  payload: Buffer;
}

/** Digest of a table's source texts (any change to any of them makes the pre-built file stale). */
export function sourceDigest(texts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha1');
  for (const t of texts) hash.update(t).update('\0');
  return hash.digest('hex');
}

export const prebuiltName = (name: string) => `prebuilt/${name}`;

export function encodePrebuilt(digest: string, meta: Record<string, unknown>, payload: Uint8Array): Buffer {
  const json = Buffer.from(JSON.stringify({ magic: MAGIC, digest, meta }), 'utf8');
  const headerEnd = Math.ceil((4 + json.length) / 8) * 8;
  const head = Buffer.alloc(headerEnd, 0x20);
  head.writeUInt32LE(json.length, 0);
  json.copy(head, 4);
  return Buffer.concat([head, payload]);
}

/** The pre-built table `name` when it exists and was built from sources with `digest`; else null. */
export function readPrebuilt(name: string, digest: string): Prebuilt | null {
  const path = dataPath(prebuiltName(name));
  if (!existsSync(path)) return null;
  const raw = readFileSync(path);
  const len = raw.readUInt32LE(0);
  const header = JSON.parse(raw.toString('utf8', 4, 4 + len)) as { magic: string; digest: string; meta: Record<string, unknown> };
  if (header.magic !== MAGIC || header.digest !== digest) return null;
  let payload = raw.subarray(Math.ceil((4 + len) / 8) * 8);
  if (payload.byteOffset % 8 !== 0) payload = Buffer.from(new Uint8Array(payload).buffer); // copy to an aligned buffer
  return { meta: header.meta, payload };
}

export function writePrebuilt(name: string, file: Buffer): void {
  writeFileSync(dataPath(prebuiltName(name)), file);
}

/** An Int32Array over `count` values of `buf` from byte `at` (no copy; `at` a multiple of 4 in an aligned buffer). */
export function int32View(buf: Buffer, at: number, count: number): Int32Array {
  return new Int32Array(buf.buffer, buf.byteOffset + at, count);
}
