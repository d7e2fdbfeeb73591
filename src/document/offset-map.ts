/**
 * Maps positions in a derived text (after repairs) back to the text it was derived from.
 * Built from non-overlapping edits; positions outside edits shift by the edits before them.
 * Positions inside an edit map to the edit's source stretch: a start maps to its beginning,
 * an end to its finish, unless the edit kept the characters (same length), which map 1:1.
 */
export interface Edit {
  /** Stretch of the source text that was replaced. */
  start: number;
  end: number;
  /** What it became in the derived text. */
  replacement: string;
}

interface Segment {
  derivedStart: number;
  derivedEnd: number;
  sourceStart: number;
  sourceEnd: number;
}

export class OffsetMap {
  private constructor(
    private readonly segments: Segment[],
    private readonly parent: OffsetMap | null,
  ) {}

  static identity(): OffsetMap {
    return new OffsetMap([], null);
  }

  /** Apply edits (sorted, non-overlapping, in source coordinates) to `source`. */
  static apply(source: string, edits: readonly Edit[], parent: OffsetMap | null = null): { text: string; map: OffsetMap } {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const parts: string[] = [];
    const segments: Segment[] = [];
    let cursor = 0;
    let derived = 0;
    for (const edit of sorted) {
      if (edit.start < cursor) throw new Error(`overlapping edit at ${edit.start}`);
      parts.push(source.slice(cursor, edit.start));
      derived += edit.start - cursor;
      segments.push({ derivedStart: derived, derivedEnd: derived + edit.replacement.length, sourceStart: edit.start, sourceEnd: edit.end });
      parts.push(edit.replacement);
      derived += edit.replacement.length;
      cursor = edit.end;
    }
    parts.push(source.slice(cursor));
    const map = sorted.length === 0 && parent ? parent : new OffsetMap(segments, parent);
    return { text: parts.join(''), map };
  }

  get isIdentity(): boolean {
    return this.segments.length === 0 && (this.parent === null || this.parent.isIdentity);
  }

  /** Map a derived-text position to the original text. `side` tells whether it opens or closes a span. */
  toOriginal(pos: number, side: 'start' | 'end'): number {
    const local = this.toSource(pos, side);
    return this.parent ? this.parent.toOriginal(local, side) : local;
  }

  private toSource(pos: number, side: 'start' | 'end'): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid].derivedStart <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return pos;
    const seg = segs[found];
    if (pos === seg.derivedStart) {
      // At an edit's start: an end stops before it; a start begins at it, or after it when it was a deletion.
      if (side === 'end') return seg.sourceStart;
      return seg.derivedEnd === seg.derivedStart ? seg.sourceEnd : seg.sourceStart;
    }
    if (pos >= seg.derivedEnd) return seg.sourceEnd + (pos - seg.derivedEnd);
    const sameLength = seg.derivedEnd - seg.derivedStart === seg.sourceEnd - seg.sourceStart;
    if (sameLength) return seg.sourceStart + (pos - seg.derivedStart);
    return side === 'start' ? seg.sourceStart : seg.sourceEnd;
  }
}
