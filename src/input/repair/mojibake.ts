import type { Edit } from '../../document/offset-map.js';
import type { RepairPass } from './pass.js';
import { badness } from './badness.js';
import { encodeSloppyCp1252, sloppyClass } from './sloppy-cp1252.js';

/**
 * Mojibake: UTF-8 bytes that were decoded as Windows-1252 or Latin-1 ("â€™" for ’, "Ã©" for é),
 * once or twice over. A run of characters whose sloppy-cp1252 bytes form well-formed UTF-8
 * sequences is re-encoded and decoded as UTF-8 (repeatedly, for double layers); the result is
 * kept only when it decodes cleanly and lowers the badness of the stretch and its neighbours.
 * Clean text never forms such runs except by accident, and then the badness test refuses.
 */

const CONT = `[${sloppyClass(0x80, 0xbf)}]`;
const SEQ = `[${sloppyClass(0xc2, 0xdf)}]${CONT}|[${sloppyClass(0xe0, 0xef)}]${CONT}{2}|[${sloppyClass(0xf0, 0xf4)}]${CONT}{3}`;
const RUN = new RegExp(`(?:${SEQ})+`, 'gu');
const SINGLE_RUN = new RegExp(`^(?:${SEQ})+$`, 'u');
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const MAX_LAYERS = 3;

/** Decode one layer of mojibake in a run; null when the bytes are not valid UTF-8. */
function decodeLayer(run: string): string | null {
  const bytes = encodeSloppyCp1252(run);
  if (!bytes) return null;
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/** Fix a run through up to MAX_LAYERS layers; fixes inner runs of a partly decoded layer too. */
function decodeRun(run: string): string | null {
  let current = run;
  for (let layer = 0; layer < MAX_LAYERS; layer++) {
    const next = decodeLayer(current);
    if (next === null) break;
    current = next;
    if (!SINGLE_RUN.test(current)) {
      current = fixMojibake(current, layer + 1);
      break;
    }
  }
  return current === run ? null : current;
}

/** Repaired text (for tests and callers that only want a string). */
export function fixMojibake(text: string, depth = 0): string {
  const edits = findMojibake(text, depth);
  let out = '';
  let cursor = 0;
  for (const e of edits) {
    out += text.slice(cursor, e.start) + e.replacement;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

function findMojibake(text: string, depth = 0): Edit[] {
  if (depth >= MAX_LAYERS || !/[\u0080-\u00ff]/u.test(text)) return [];
  const edits: Edit[] = [];
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const fixed = decodeRun(m[0]);
    if (fixed === null || fixed.includes('\ufffd')) continue;
    const before = text.slice(Math.max(0, start - 1), start);
    const after = text.slice(end, end + 1);
    if (badness(before + fixed + after) < badness(before + m[0] + after)) edits.push({ start, end, replacement: fixed });
  }
  return edits;
}

export const mojibakePass: RepairPass = {
  kind: 'mojibake',
  find: (text) => findMojibake(text),
};
