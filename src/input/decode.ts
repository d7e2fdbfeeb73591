import { createRequire } from 'node:module';
import type { ErrorCode } from '../schema/error.js';

export type Encoding = 'utf-8' | 'windows-1252' | 'latin1';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; code: ErrorCode; message: string };

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** iconv-lite (its code-page tables) loads only when an input is not UTF-8. */
const iconv = (): typeof import('iconv-lite') => createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');

/** Bytes the cp1252 table leaves undefined: a file with them is read as Latin-1. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Bytes → text. UTF-8 (BOM stripped, so offsets count from after it); otherwise
 * Windows-1252, or Latin-1 when the bytes use cp1252's undefined positions. Rejects empty,
 * whitespace-only, binary (NUL) and oversized input with an error code.
 */
export function decodeBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  if (bytes.length > maxBytes) {
    return { ok: false, code: 'too-large', message: `${bytes.length} bytes is over the limit of ${maxBytes} (--max-bytes)` };
  }
  if (bytes.includes(0)) return { ok: false, code: 'binary', message: 'binary file (contains NUL bytes)' };
  let text: string;
  let encoding: Encoding = 'utf-8';
  try {
    text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  } catch {
    encoding = bytes.some((b) => CP1252_UNDEFINED.has(b)) ? 'latin1' : 'windows-1252';
    text = iconv().decode(Buffer.from(bytes), encoding);
  }
  return checkText(text, encoding);
}

/** Text that arrived as a string (a JSONL field): only the emptiness check applies. */
export function checkText(text: string, encoding: Encoding = 'utf-8'): Decoded {
  if (text.trim() === '') return { ok: false, code: 'empty', message: text.length ? 'whitespace-only text' : 'empty text' };
  return { ok: true, text, encoding };
}
