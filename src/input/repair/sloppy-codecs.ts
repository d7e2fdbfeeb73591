/**
 * "Sloppy" single-byte codecs, as ftfy calls them: the real table for the bytes a code page
 * defines, and the C1 control of the same value for the bytes it leaves undefined, so every
 * byte 0x00–0xFF has one character and every such character one byte. Latin-1 mojibake (C1
 * controls) therefore encodes back through the cp1252 table too. Written out explicitly:
 * Node 20's TextDecoder('windows-1252') gets 0x80–0x9F wrong.
 */
export interface SloppyCodec {
  name: string;
  /** Character → byte, for every character the codec can produce. */
  byteOf: Map<number, number>;
}

function build(name: string, high: Record<number, number>): SloppyCodec {
  const byteOf = new Map<number, number>();
  for (let b = 0; b < 0xa0; b++) byteOf.set(b, b); // ASCII and C1 controls
  for (const [b, cp] of Object.entries(high)) byteOf.set(cp, Number(b));
  return { name, byteOf };
}

/** Windows-1252: Latin-1 above 0xA0, typographic punctuation in 0x80–0x9F. */
const CP1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d,
  0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
  0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};
for (let b = 0xa0; b <= 0xff; b++) CP1252[b] = b;

/** Windows-874 (Thai): where UTF-8 quotes turn into "โ€" and Thai letters. */
const CP874: Record<number, number> = {
  0x80: 0x20ac, 0x85: 0x2026, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022,
  0x96: 0x2013, 0x97: 0x2014, 0xa0: 0x00a0,
};
for (let b = 0xa1; b <= 0xda; b++) CP874[b] = 0x0e01 + (b - 0xa1);
for (let b = 0xdf; b <= 0xfb; b++) CP874[b] = 0x0e3f + (b - 0xdf);
for (const b of [0xdb, 0xdc, 0xdd, 0xde, 0xfc, 0xfd, 0xfe, 0xff]) CP874[b] = b; // undefined: Latin-1 stand-ins

export const SLOPPY_CP1252 = build('sloppy-windows-1252', CP1252);
export const SLOPPY_CP874 = build('sloppy-windows-874', CP874);

/** Encode a string to the codec's bytes; null if any character has no byte. */
export function encodeSloppy(codec: SloppyCodec, s: string): Uint8Array | null {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const b = codec.byteOf.get(s.charCodeAt(i));
    if (b === undefined) return null;
    out[i] = b;
  }
  return out;
}

/** Regex character-class body for the characters whose byte lies in [lo, hi]. */
export function byteClass(codec: SloppyCodec, lo: number, hi: number): string {
  const parts: string[] = [];
  for (const [cp, b] of codec.byteOf) if (b >= lo && b <= hi) parts.push(`\\u{${cp.toString(16)}}`);
  return parts.join('');
}
