import type { Document } from '../../document/document.js';
import { OffsetMap } from '../../document/offset-map.js';
import type { Repair } from '../../schema/article.js';
import type { RepairPass } from './pass.js';

/** Runs repair passes in order; records each edit with its span in the ORIGINAL text. */
export function applyRepairs(doc: Document, passes: readonly RepairPass[]): Document {
  let text = doc.text;
  let map = doc.offsets;
  const repairs: Repair[] = [...doc.repairs];
  for (const pass of passes) {
    const edits = pass.find(text);
    if (edits.length === 0) continue;
    for (const edit of edits) {
      const start = map.toOriginal(edit.start, 'start');
      const end = Math.max(start, map.toOriginal(edit.end, 'end'));
      repairs.push({ kind: pass.kind, start, end, text: doc.original.slice(start, end), replacement: edit.replacement });
    }
    ({ text, map } = OffsetMap.apply(text, edits, map));
  }
  repairs.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...doc, text, offsets: map, repairs };
}
