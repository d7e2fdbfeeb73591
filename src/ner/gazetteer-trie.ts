import type { Gazetteer } from './gazetteer.js';

/** One node of the phrase trie: the category bits of the phrase ending here, and its continuations. */
export interface TrieNode {
  mask: number;
  next: Map<string, TrieNode> | null;
}

const tries = new WeakMap<Gazetteer, TrieNode>();

/**
 * The gazetteer's phrases as a trie over their space-separated words, built once per gazetteer.
 * Walking it from a token stops as soon as no phrase continues, instead of building and
 * looking up every n-gram key up to `maxLen`.
 */
export function phraseTrie(gaz: Gazetteer): TrieNode {
  let root = tries.get(gaz);
  if (root) return root;
  root = { mask: 0, next: new Map() };
  for (const [key, mask] of gaz.phrases) {
    let node = root;
    for (const word of key.split(' ')) {
      if (!node.next) node.next = new Map();
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { mask: 0, next: null }));
      node = child;
    }
    node.mask |= mask;
  }
  tries.set(gaz, root);
  return root;
}

/**
 * Matches of phrases starting at `keys[i]`: `[length, mask]` pairs, shortest first, at most
 * `maxLen` tokens long. Exactly the matches of looking up `keys[i..i+len-1].join(' ')` for every
 * length, provided no key is empty or contains a space (the caller checks).
 */
export function matchesAt(root: TrieNode, keys: readonly string[], i: number, maxLen: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let node: TrieNode | undefined = root;
  const end = Math.min(keys.length, i + maxLen);
  for (let j = i; j < end; j++) {
    node = node.next?.get(keys[j]);
    if (!node) break;
    if (node.mask !== 0) found.push([j - i + 1, node.mask]);
  }
  return found;
}
