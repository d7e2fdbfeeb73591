/**
 * Overlap questions collectMentions asks for every mention, answered without a scan of every
 * span so far (those scans made it quadratic in the mentions of an article).
 */

interface Span {
  start: number;
  end: number;
}

/** Spans added one by one; `overlaps(s, e)` answers as `spans.some((m) => m.start < e && s < m.end)`. */
export class SpanCover {
  /** 1 for every code unit some span covers. */
  private readonly covered: Uint8Array;
  /** An empty span (or a query) that a code-unit cover cannot answer: the plain scan then. */
  private exact = false;
  private readonly spans: Span[] = [];

  constructor(length: number) {
    this.covered = new Uint8Array(length + 1);
  }

  add(m: Span): void {
    this.spans.push(m);
    if (m.start >= m.end || m.start < 0 || m.end > this.covered.length) this.exact = true;
    else this.covered.fill(1, m.start, m.end);
  }

  overlaps(s: number, e: number): boolean {
    if (this.exact || s >= e || s < 0 || e > this.covered.length) return this.spans.some((m) => m.start < e && s < m.end);
    for (let i = s; i < e; i++) if (this.covered[i]) return true;
    return false;
  }
}

/**
 * Whether a span of `sorted` holds [s, e) and is longer: as `sorted.some((l) => l.start <= s &&
 * e <= l.end && l.end - l.start > e - s)` for spans sorted by start that do not overlap (only the
 * last span starting at or before s can hold it).
 */
export function heldByLonger(sorted: Span[], s: number, e: number): boolean {
  if (e < s) return sorted.some((l) => l.start <= s && e <= l.end && l.end - l.start > e - s);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= s) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return false;
  const l = sorted[lo - 1];
  return e <= l.end && l.end - l.start > e - s;
}
