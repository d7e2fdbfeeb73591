import type { Edit } from '../../document/offset-map.js';
import type { RepairPass } from './pass.js';
import { badness } from './badness.js';
import { SLOPPY_CP1252, SLOPPY_CP874, byteClass, encodeSloppy, type SloppyCodec } from './sloppy-codecs.js';

/**
 * Mojibake: UTF-8 bytes that were decoded as Windows-1252 or Latin-1 ("â€™" for ’, "Ã©" for é),
 * once or twice over, or as Windows-874 (Thai letters where a dash was: "โ€”"). A run of
 * characters whose sloppy-codec bytes form well-formed UTF-8 sequences is re-encoded and
 * decoded as UTF-8 (repeatedly, for double layers); the result is kept only when it decodes
 * cleanly and lowers the badness of the stretch with its neighbours. Clean text forms such
 * runs only by accident, and then the badness test refuses. U+FFFD is never part of a run.
 */

interface Detector {
  codec: SloppyCodec;
  run: RegExp;
  whole: RegExp;
  /** Whether a run in this context may be mojibake at all (cp874: real Thai text is left alone). */
  plausible: (run: string, around: string) => boolean;
}

function detector(codec: SloppyCodec, plausible: Detector['plausible']): Detector {
  const cont = `[${byteClass(codec, 0x80, 0xbf)}]`;
  const seq = `[${byteClass(codec, 0xc2, 0xdf)}]${cont}|[${byteClass(codec, 0xe0, 0xef)}]${cont}{2}|[${byteClass(codec, 0xf0, 0xf4)}]${cont}{3}`;
  return { codec, run: new RegExp(`(?:${seq})+`, 'gu'), whole: new RegExp(`^(?:${seq})+$`, 'u'), plausible };
}

const CONT_1252 = `[${byteClass(SLOPPY_CP1252, 0x80, 0xbf)}]`;
const DETECTORS: Detector[] = [
  detector(SLOPPY_CP1252, () => true),
  // Thai-range runs count only with a non-Thai character inside or a Latin letter beside them.
  detector(SLOPPY_CP874, (run, around) => /[^\u0e00-\u0e7f]/u.test(run) || /[\p{Script=Latin}]/u.test(around)),
];
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const MAX_LAYERS = 3;

function decodeLayer(codec: SloppyCodec, run: string): string | null {
  const bytes = encodeSloppy(codec, run);
  if (!bytes) return null;
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/** Decode a run through up to MAX_LAYERS layers; a partly decoded layer is fixed run by run. */
function decodeRun(det: Detector, run: string, depth: number): string | null {
  let current = run;
  for (let layer = depth; layer < MAX_LAYERS; layer++) {
    const next = decodeLayer(det.codec, current);
    if (next === null) break;
    current = next;
    if (!det.whole.test(current)) {
      current = fixMojibake(current, layer + 1);
      break;
    }
  }
  return current === run ? null : current;
}

function findWith(det: Detector, text: string, depth: number): Edit[] {
  const edits: Edit[] = [];
  // matchAll clones the regex: decodeRun re-enters findMojibake for double layers.
  for (const m of text.matchAll(det.run)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 1), start);
    const after = text.slice(end, end + 1);
    if (!det.plausible(m[0], before + after)) continue;
    const fixed = decodeRun(det, m[0], depth);
    if (fixed === null || fixed.includes('\ufffd')) continue;
    if (badness(before + fixed + after) < badness(before + m[0] + after)) edits.push({ start, end, replacement: fixed });
  }
  return edits;
}

/**
 * ” is E2 80 9D and 0x9D is undefined in cp1252, so scrapers often drop it and leave "â€"
 * alone before a space or punctuation; no clean text has "â€" followed by anything but the
 * bytes of a sequence, so that lone pair is a lost right double quote.
 */
const LOST_RIGHT_QUOTE = new RegExp(`â€(?!${CONT_1252}|\ufffd)`, 'gu');

function findMojibake(text: string, depth = 0): Edit[] {
  if (depth >= MAX_LAYERS || !/[\u0080-\u00ff\u0e00-\u0e7f]/u.test(text)) return [];
  // Detectors' runs cannot overlap (cp1252 runs hold no Thai, cp874 runs need a Thai lead),
  // and a lone "â€" is never part of a run (a run needs the third byte).
  const edits = DETECTORS.flatMap((det) => findWith(det, text, depth));
  for (const m of text.matchAll(LOST_RIGHT_QUOTE)) edits.push({ start: m.index, end: m.index + 2, replacement: '\u201d' });
  return edits.sort((a, b) => a.start - b.start);
}

/** The repaired string (for callers that only want text). */
export function fixMojibake(text: string, depth = 0): string {
  let out = '';
  let cursor = 0;
  for (const e of findMojibake(text, depth)) {
    out += text.slice(cursor, e.start) + e.replacement;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

export const mojibakePass: RepairPass = {
  kind: 'mojibake',
  find: (text) => findMojibake(text),
};
