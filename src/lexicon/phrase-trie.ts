/** Longest-match lookup of word sequences (phrases) in a trie: linear in the phrase length. */
export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), value: undefined };

  add(words: readonly string[], value: V): void {
    if (words.length === 0) return;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), value: undefined };
        node.next.set(w, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** True when some phrase starts with `word` (a cheap test before `longest`). */
  opensWith(word: string): boolean {
    return this.root.next.has(word);
  }

  /** The longest phrase starting at `start` in `words`; `accept` may reject a candidate match. */
  longest(
    words: readonly string[],
    start: number,
    limit = words.length,
    accept?: (value: V, end: number) => boolean,
  ): { value: V; end: number } | null {
    let node: TrieNode<V> | undefined = this.root;
    let best: { value: V; end: number } | null = null;
    for (let i = start; i < limit && node; i++) {
      node = node.next.get(words[i]);
      if (node?.value !== undefined && (!accept || accept(node.value, i + 1))) best = { value: node.value, end: i + 1 };
    }
    return best;
  }
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value: V | undefined;
}
