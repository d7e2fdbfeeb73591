import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/input/jsonl.js';

describe('JSONL records', () => {
  it('reads id, text and the record metadata', () => {
    const item = parseRecord(
      JSON.stringify({ id: 7, text: 'LAGOS — Officials met.', published: '2025-03-04T10:00:00Z', url: 'https://x.ng/a', outlet: 'Punch', title: 'Officials meet' }),
      'dump.jsonl',
      3,
    );
    expect(item).toEqual({
      kind: 'text',
      source: { path: 'dump.jsonl', line: 3, id: '7', url: 'https://x.ng/a' },
      text: 'LAGOS — Officials met.',
      meta: { published: '2025-03-04', url: 'https://x.ng/a', outlet: 'Punch', title: 'Officials meet' },
    });
  });

  it('reports a malformed line with its line number', () => {
    const item = parseRecord('{"id": 1, "text": ', 'dump.jsonl', 12);
    expect(item.kind).toBe('error');
    expect(item.kind === 'error' && item.record.error.code).toBe('jsonl-malformed');
    expect(item.kind === 'error' && item.record.error.message).toMatch(/^line 12:/);
    expect(item.kind === 'error' && item.record.source).toEqual({ path: 'dump.jsonl', line: 12 });
  });

  it('reports a record without text', () => {
    const item = parseRecord('{"id": "a1", "title": "No body"}', 'dump.jsonl', 2);
    expect(item.kind === 'error' && item.record.error.code).toBe('jsonl-missing-text');
    expect(item.kind === 'error' && item.record.source.id).toBe('a1');
  });

  it('reports a record whose text is blank as empty', () => {
    const item = parseRecord('{"id": "a2", "text": "   "}', 'dump.jsonl', 5);
    expect(item.kind === 'error' && item.record.error.code).toBe('empty');
  });
});

describe('records extract wrote', () => {
  it('keeps an error record as that input’s error', () => {
    const record = { schema: 'newsfacts/error@1', source: { path: 'a.txt' }, error: { code: 'binary', message: 'binary file (contains NUL bytes)' } };
    const item = parseRecord(JSON.stringify(record), 'out.jsonl', 4);
    expect(item).toEqual({ kind: 'error', record });
  });
});
