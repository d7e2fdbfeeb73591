/**
 * More ids than any token can have, so `open` makes room once per token and `push` checks
 * nothing: base features are at most 6 pairs + 6 class/style/run ids + 13 gazetteer categories
 * × 5 tag features + 8 document flags × 2 = 93, stacking features 4 + 21 tags + 2 = 27.
 */
const MAX_PER_TOKEN = 256;

/**
 * Feature ids of a document's tokens in one flat list: token t's ids are
 * `ids[start[t]..start[t+1])`. Ids below 0 (features the model does not know) are skipped.
 */
export class IdList {
  ids: Int32Array;
  length = 0;
  start: Int32Array;

  constructor(tokens: number, perToken = 32) {
    this.ids = new Int32Array(Math.max(16, tokens * perToken));
    this.start = new Int32Array(tokens + 1);
  }

  /** Empties the list for a document of `tokens` tokens, keeping the buffers (callers that tag many documents reuse one list). */
  reset(tokens: number): this {
    this.length = 0;
    if (this.start.length < tokens + 1) this.start = new Int32Array(tokens + 1);
    return this;
  }

  /** Marks where token `t`'s ids begin (tokens in order; call `end` after the last); room for `MAX_PER_TOKEN` more ids. */
  open(t: number): void {
    this.start[t] = this.length;
    if (this.length + MAX_PER_TOKEN > this.ids.length) {
      const grown = new Int32Array((this.length + MAX_PER_TOKEN) * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
  }

  end(tokens: number): void {
    this.start[tokens] = this.length;
  }

  /** Adds an id of the token opened last (at most `MAX_PER_TOKEN` per token). */
  push(id: number): void {
    if (id >= 0) this.ids[this.length++] = id;
  }

  /** Token t's ids, as a plain array (tests). */
  of(t: number): number[] {
    return Array.from(this.ids.subarray(this.start[t], this.start[t + 1]));
  }
}
