import type { Gazetteer } from './gazetteer.js';
import { CATEGORIES } from './gazetteer.js';
import { phraseTrie, type TrieNode } from './gazetteer-trie.js';

/**
 * `gazetteerTagsOfKeys` as integers: per token, two bits per category (in `CATEGORIES` order),
 * 0 = no tag, 1 = `cat:U`, 2 = `cat:B`, 3 = `cat:I`. A category tags a token at most once (its
 * matches never overlap), so the bits hold exactly the string tags, without a string or array
 * per token.
 */
export const GAZ_U = 1;
export const GAZ_B = 2;
export const GAZ_I = 3;

/** The 2-bit code of category `c` in a token's codes. */
export function gazCode(codes: number, c: number): number {
  return (codes >>> (2 * c)) & 3;
}

const coveredUntil = new Int32Array(CATEGORIES.length);
const foundLen = new Int32Array(16);
const foundMask = new Int32Array(16);

/** Whether the trie walk equals the n-gram key lookups for this key: it does unless the key is empty or holds a space. */
export function trieSafe(key: string): boolean {
  return key !== '' && key.indexOf(' ') < 0;
}

/** The trie node of a one-word key (the first step of every walk from it), if any phrase starts with it. */
export function firstNode(gaz: Gazetteer, key: string): TrieNode | undefined {
  return phraseTrie(gaz).next?.get(key);
}

/** What the gazetteer walk reads of a token (the tagger caches it per distinct word). */
export interface GazWord {
  /** `normToken(t).toLowerCase()`. */
  key: string;
  /** The key holds a letter or digit (phrases may start here). */
  alnum: boolean;
  /** `trieSafe(key)`. */
  safe: boolean;
  /** `firstNode(gaz, key)`. */
  first: TrieNode | undefined;
}

export function gazWord(gaz: Gazetteer, key: string): GazWord {
  return { key, alnum: ALNUM.test(key), safe: trieSafe(key), first: firstNode(gaz, key) };
}

const ALNUM = /[\p{L}\d]/u;

/** Writes the codes of `words[from..to)` (one sentence) to `out[from..to)`. */
export function gazetteerCodes(gaz: Gazetteer, words: readonly GazWord[], from: number, to: number, out: Int32Array): void {
  out.fill(0, from, to);
  coveredUntil.fill(from);
  let trie = true;
  for (let i = from; i < to; i++) if (!words[i].safe) trie = false;
  for (let i = from; i < to; i++) {
    if (!words[i].alnum) continue;
    let found = 0;
    const end = Math.min(to, i + gaz.maxLen);
    if (trie) {
      let node: TrieNode | undefined = words[i].first;
      for (let j = i; j < end && node; j++) {
        if (j > i) node = node.next?.get(words[j].key);
        if (!node) break;
        if (node.mask !== 0) (foundLen[found] = j - i + 1), (foundMask[found++] = node.mask);
      }
    } else {
      let key = '';
      for (let j = i; j < end; j++) {
        key = j === i ? words[i].key : `${key} ${words[j].key}`;
        const mask = gaz.phrases.get(key);
        if (mask !== undefined) (foundLen[found] = j - i + 1), (foundMask[found++] = mask);
      }
    }
    // Longest match first; each category keeps the first match that is not covered yet.
    for (let f = found - 1; f >= 0; f--) {
      const len = foundLen[f];
      const mask = foundMask[f];
      for (let c = 0; c < CATEGORIES.length; c++) {
        if (!(mask & (1 << c)) || coveredUntil[c] > i) continue;
        coveredUntil[c] = i + len;
        if (len === 1) out[i] |= GAZ_U << (2 * c);
        else {
          out[i] |= GAZ_B << (2 * c);
          for (let k = 1; k < len; k++) out[i + k] |= GAZ_I << (2 * c);
        }
      }
    }
  }
}
