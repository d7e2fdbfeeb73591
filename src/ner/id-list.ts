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

  /** Marks where token `t`'s ids begin (tokens in order; call `end` after the last). */
  open(t: number): void {
    this.start[t] = this.length;
  }

  end(tokens: number): void {
    this.start[tokens] = this.length;
  }

  push(id: number): void {
    if (id < 0) return;
    if (this.length === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }

  /** Token t's ids, as a plain array (tests). */
  of(t: number): number[] {
    return Array.from(this.ids.subarray(this.start[t], this.start[t + 1]));
  }
}
