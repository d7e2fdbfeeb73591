/**
 * Stress-test helper: hard-wrap every line of a clean text at `width` columns (greedy, at
 * spaces), then delete the line breaks it introduced, as a scraper that drops <br> does.
 * Returns the glued text and the glue points: offsets in the glued text where a space was lost.
 */
export function glueWrapped(clean: string, width: number): { glued: string; points: number[] } {
  const points: number[] = [];
  let glued = '';
  const lines = clean.split('\n');
  lines.forEach((line, li) => {
    if (li > 0) glued += '\n';
    const words = line.split(' ');
    let lineLen = 0;
    words.forEach((w, wi) => {
      if (wi === 0) {
        glued += w;
        lineLen = w.length;
      } else if (lineLen + 1 + w.length > width && lineLen > 0 && w.length > 0) {
        points.push(glued.length); // the wrap's line break, deleted
        glued += w;
        lineLen = w.length;
      } else {
        glued += ` ${w}`;
        lineLen += 1 + w.length;
      }
    });
  });
  return { glued, points };
}

/** Positions in `glued` where the repair inserted whitespace (from insertion-only edits). */
export function insertedAt(glued: string, edits: { start: number; end: number; replacement: string }[]): number[] {
  const out: number[] = [];
  for (const e of edits) {
    const old = glued.slice(e.start, e.end);
    let i = 0;
    for (const ch of e.replacement) {
      if (i < old.length && old[i] === ch) i++;
      else out.push(e.start + i);
    }
  }
  return out;
}
