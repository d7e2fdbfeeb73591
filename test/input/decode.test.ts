import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/input/decode.js';

describe('decodeBytes', () => {
  it('reads UTF-8 and strips a BOM so offsets count from after it', () => {
    const r = decodeBytes(Buffer.from('\uFEFFKarachi: Café “news”', 'utf8'));
    expect(r).toEqual({ ok: true, text: 'Karachi: Café “news”', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 for invalid UTF-8, decoding 0x80–0x9F right', () => {
    const bytes = iconv.encode('The minister’s “zero-tolerance” policy — café', 'windows-1252');
    const r = decodeBytes(bytes);
    expect(r).toEqual({ ok: true, text: 'The minister’s “zero-tolerance” policy — café', encoding: 'windows-1252' });
  });

  it('falls back to Latin-1 when the bytes use positions cp1252 leaves undefined', () => {
    const r = decodeBytes(Buffer.from([0x53, 0xe3, 0x6f, 0x20, 0x81, 0x50]));
    expect(r.ok && r.encoding).toBe('latin1');
  });

  it.each([
    ['empty', Buffer.alloc(0), 'empty'],
    ['whitespace only', Buffer.from(' \n\t \r\n'), 'empty'],
    ['binary (NUL)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'binary'],
  ])('rejects %s input', (_label, bytes, code) => {
    const r = decodeBytes(bytes);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe(code);
  });

  it('rejects input over the byte limit', () => {
    const r = decodeBytes(Buffer.from('x'.repeat(100)), 50);
    expect(!r.ok && r.code).toBe('too-large');
  });
});
