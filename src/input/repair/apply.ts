import type { Document } from '../../document/document.js';
import { OffsetMap, type Edit } from '../../document/offset-map.js';
import type { Repair } from '../../schema/article.js';
import type { RepairPass } from './pass.js';

/**
 * Split an edit that only inserts characters ("significantagreement" → "significant agreement")
 * into pure insertions, so the offset map keeps every original character 1:1 and a span of
 * either word maps back exactly. Any other edit stays whole.
 */
export function refineEdit(source: string, edit: Edit): Edit[] {
  const old = source.slice(edit.start, edit.end);
  const rep = edit.replacement;
  if (rep.length <= old.length) return [edit];
  const out: Edit[] = [];
  let i = 0;
  let j = 0;
  while (j < rep.length) {
    if (i < old.length && old[i] === rep[j]) {
      i++;
      j++;
      continue;
    }
    const from = j;
    while (j < rep.length && !(i < old.length && old[i] === rep[j])) j++;
    out.push({ start: edit.start + i, end: edit.start + i, replacement: rep.slice(from, j) });
  }
  return i === old.length ? out : [edit];
}

/**
 * Run repair passes in order. Each pass sees the text repaired so far and returns edits in its
 * coordinates; the runner applies them through the OffsetMap and records each edit in
 * `repairs[]` with its span in the ORIGINAL text (the stretch it replaced, mapped back).
 */
export function applyRepairs(doc: Document, passes: readonly RepairPass[]): Document {
  let text = doc.text;
  let map = doc.offsets;
  const repairs: Repair[] = [...doc.repairs];
  for (const pass of passes) {
    const edits = [...pass.find(text)].sort((a, b) => a.start - b.start || a.end - b.end);
    if (edits.length === 0) continue;
    for (const e of edits) {
      const start = map.toOriginal(e.start, 'start');
      const end = Math.max(start, map.toOriginal(e.end, 'end'));
      repairs.push({ kind: pass.kind, start, end, text: doc.original.slice(start, end), replacement: e.replacement });
    }
    const applied = OffsetMap.apply(text, edits.flatMap((e) => refineEdit(text, e)), map);
    text = applied.text;
    map = applied.map;
  }
  repairs.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...doc, text, offsets: map, repairs };
}
