import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../src/document/offset-map.js';

/** Map a derived span back and return the original slice. */
function back(map: OffsetMap, original: string, start: number, end: number): string {
  return original.slice(map.toOriginal(start, 'start'), map.toOriginal(end, 'end'));
}

describe('OffsetMap', () => {
  it('identity maps every position to itself', () => {
    const m = OffsetMap.identity();
    expect(m.isIdentity).toBe(true);
    expect(m.toOriginal(7, 'start')).toBe(7);
    expect(m.toOriginal(7, 'end')).toBe(7);
  });

  it('applying no edits keeps the text and the parent map', () => {
    const parent = OffsetMap.apply('ab', [{ start: 1, end: 1, replacement: ' ' }]).map;
    const { text, map } = OffsetMap.apply('a b', [], parent);
    expect(text).toBe('a b');
    expect(map).toBe(parent);
  });

  it('an insertion keeps both neighbouring words exact', () => {
    const original = 'a significantagreement here';
    const { text, map } = OffsetMap.apply(original, [{ start: 13, end: 13, replacement: ' ' }]);
    expect(text).toBe('a significant agreement here');
    expect(map.isIdentity).toBe(false);
    const sig = text.indexOf('significant');
    const agr = text.indexOf('agreement');
    expect(back(map, original, sig, sig + 11)).toBe('significant');
    expect(back(map, original, agr, agr + 9)).toBe('agreement');
    expect(back(map, original, sig, agr + 9)).toBe('significantagreement');
    const here = text.indexOf('here');
    expect(back(map, original, here, here + 4)).toBe('here');
  });

  it('a replacement of another length maps inner positions to its edges', () => {
    const original = 'JosÃ© said';
    const { text, map } = OffsetMap.apply(original, [{ start: 3, end: 5, replacement: 'é' }]);
    expect(text).toBe('José said');
    expect(back(map, original, 0, 4)).toBe('JosÃ©');
    expect(back(map, original, 3, 4)).toBe('Ã©');
    expect(back(map, original, 5, 9)).toBe('said');
  });

  it('a same-length replacement maps 1:1', () => {
    const original = 'colour';
    const { text, map } = OffsetMap.apply(original, [{ start: 0, end: 6, replacement: 'COLOUR' }]);
    expect(text).toBe('COLOUR');
    expect(back(map, original, 1, 3)).toBe('ol');
  });

  it('a deletion: spans before and after skip the removed stretch', () => {
    const original = 'Read more: Subscribe now. The minister said';
    const { text, map } = OffsetMap.apply(original, [{ start: 0, end: 26, replacement: '' }]);
    expect(text).toBe('The minister said');
    expect(back(map, original, 0, 3)).toBe('The');
    expect(map.toOriginal(0, 'start')).toBe(26);
  });

  it('edits are applied in order whatever order they come in', () => {
    const { text } = OffsetMap.apply('abcdef', [
      { start: 4, end: 4, replacement: ' ' },
      { start: 2, end: 2, replacement: ' ' },
    ]);
    expect(text).toBe('ab cd ef');
  });

  it('overlapping edits are a bug', () => {
    expect(() =>
      OffsetMap.apply('abcdef', [
        { start: 1, end: 4, replacement: 'x' },
        { start: 3, end: 5, replacement: 'y' },
      ]),
    ).toThrow(/overlapping/);
  });

  it('composes through a parent map back to the original', () => {
    const original = 'JosÃ© Martínezsaid';
    const first = OffsetMap.apply(original, [{ start: 3, end: 5, replacement: 'é' }]);
    expect(first.text).toBe('José Martínezsaid');
    const second = OffsetMap.apply(first.text, [{ start: 13, end: 13, replacement: ' ' }], first.map);
    expect(second.text).toBe('José Martínez said');
    const t = second.text;
    expect(back(second.map, original, 0, 4)).toBe('JosÃ©');
    expect(back(second.map, original, t.indexOf('Martínez'), t.indexOf('Martínez') + 8)).toBe('Martínez');
    expect(back(second.map, original, t.indexOf('said'), t.length)).toBe('said');
  });

  it('many edits: binary search finds the right segment everywhere', () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    const original = words.join('');
    const edits = [];
    let at = 0;
    for (const w of words.slice(0, -1)) {
      at += w.length;
      edits.push({ start: at, end: at, replacement: ' ' });
    }
    const { text, map } = OffsetMap.apply(original, edits);
    expect(text).toBe(words.join(' '));
    let pos = 0;
    for (const w of words) {
      expect(back(map, original, pos, pos + w.length)).toBe(w);
      pos += w.length + 1;
    }
  });
});
