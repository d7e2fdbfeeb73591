import type { InputMeta } from '../document/document.js';
import type { MetadataLayer, TextSpan } from '../pipeline/layers.js';
import { findDateline } from './dateline.js';
import { contentLines, type Line } from './lines.js';
import { findOutlet, isSourceLine, trailingCreditSpan } from './outlet.js';
import { findPublished, isCreditLine } from './published.js';
import { findTitle, HEADER_DATE } from './title.js';

/** All article metadata from the (repaired) text and the input record. General across outlets. */
export function readMetadata(text: string, meta: InputMeta): MetadataLayer {
  const lines = contentLines(text);
  const dateline = findDateline(lines);
  const title = findTitle(lines, meta, (l) => dateline?.dateline.evidence.start === l.start, trailingCreditSpan);
  const published = findPublished(lines, meta);
  const outlet = findOutlet(lines, meta, dateline);
  return {
    title: title.title,
    outlet,
    published,
    dateline: dateline?.dateline ?? null,
    bodyStart: dateline && dateline.bodyStart >= title.end ? dateline.bodyStart : title.end,
    excluded: excludedSpans(lines),
  };
}

/** Credit and stamp stretches: "Published in Dawn, December 7th, 2025", " date 2026-01-24", "— APP". */
function excludedSpans(lines: Line[]): TextSpan[] {
  const out: TextSpan[] = [];
  const edges = new Set([...lines.slice(0, 3), ...lines.slice(-3)]);
  for (const line of edges) {
    if (isCreditLine(line.text) || isSourceLine(line.text)) {
      out.push({ start: line.start, end: line.end, text: line.text });
      continue;
    }
    const stamp = HEADER_DATE.exec(line.text);
    if (stamp && line === lines[0]) out.push({ start: line.start, end: line.start + stamp[0].trimEnd().length, text: stamp[0].trimEnd() });
    const credit = trailingCreditSpan(line);
    if (credit) out.push(credit);
  }
  return out.sort((a, b) => a.start - b.start);
}
