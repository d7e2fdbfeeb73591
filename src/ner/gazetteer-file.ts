import { encodePrebuilt, readPrebuilt, sourceDigest } from '../data-prebuilt.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * The shipped gazetteer stored pre-built (`data/prebuilt/gazetteer.json.bin`): tokenizing and
 * normalising its ~60 KB of lists cost every process ~30-40 ms of cold CPU; parsing the built
 * phrase table costs a few. Phrases keep their insertion order. Used only when built from
 * exactly these list texts (see data-prebuilt.ts).
 */
export const GAZETTEER_FILE = 'gazetteer.bin';

export function readGazetteer(sources: readonly string[]): Gazetteer | null {
  const file = readPrebuilt(GAZETTEER_FILE, sourceDigest(sources));
  if (!file) return null;
  const { maxLen } = file.meta as { maxLen: number };
  return { phrases: new Map(JSON.parse(file.payload.toString('utf8')) as [string, number][]), maxLen };
}

export function encodeGazetteer(sources: readonly string[], gaz: Gazetteer): Buffer {
  return encodePrebuilt(sourceDigest(sources), { maxLen: gaz.maxLen }, Buffer.from(JSON.stringify([...gaz.phrases]), 'utf8'));
}
