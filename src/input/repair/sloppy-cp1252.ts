/**
 * "Sloppy" Windows-1252: the real cp1252 table for bytes 0x80–0x9F, with the five bytes
 * cp1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) mapped to the C1 control of the same
 * value, as Latin-1 does. Every byte 0x00–0xFF therefore has exactly one character, and
 * every such character one byte, so Latin-1 mojibake (C1 controls) encodes back too.
 * Written out explicitly: Node 20's TextDecoder('windows-1252') gets 0x80–0x9F wrong.
 */
const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d,
  0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
  0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

const BYTE_OF = new Map<number, number>();
for (let b = 0; b < 256; b++) BYTE_OF.set(b, b); // ASCII, C1 controls (Latin-1 / sloppy), 0xA0–0xFF
for (const [b, cp] of Object.entries(CP1252_HIGH)) BYTE_OF.set(cp, Number(b));

/** The sloppy-cp1252 byte of a character, or -1 when the character has none. */
export function sloppyByte(ch: string): number {
  return BYTE_OF.get(ch.codePointAt(0)!) ?? -1;
}

/** Encode a string to sloppy-cp1252 bytes; null if any character has no byte. */
export function encodeSloppyCp1252(s: string): Uint8Array | null {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const b = BYTE_OF.get(s.charCodeAt(i));
    if (b === undefined) return null;
    out[i] = b;
  }
  return out;
}

/** Regex character-class body for characters whose sloppy byte lies in [lo, hi]. */
export function sloppyClass(lo: number, hi: number): string {
  const parts: string[] = [];
  for (const [cp, b] of BYTE_OF) if (b >= lo && b <= hi) parts.push(`\\u{${cp.toString(16)}}`);
  return parts.join('');
}
