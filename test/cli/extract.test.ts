import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { ArticleSchema } from '../../src/schema/article.js';
import { ErrorRecordSchema } from '../../src/schema/error.js';
import { jsonLines, runCli } from '../helpers/cli.js';

const STORY = 'KARACHI: The provincial cabinet approved the budget on Tuesday, officials said.\n';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('newsfacts extract', () => {
  it('reads one article from stdin and writes one JSON record', async () => {
    const r = await runCli(['extract', '--published', '2025-06-10'], { stdin: STORY });
    expect(r.code).toBe(0);
    const record = ArticleSchema.parse(JSON.parse(r.stdout));
    expect(record.source.path).toBe('-');
    expect(record.dateline?.place).toBe('Karachi');
    expect(record.published).toEqual({ date: '2025-06-10', basis: 'option', evidence: null });
  });

  it('walks a folder recursively in sorted order and writes JSONL; one bad file costs only its own record', async () => {
    const dir = folder({
      'b.txt': STORY,
      'a/z.txt': STORY,
      'a/empty.txt': '  \n',
      'c.md': 'not matched by the default glob',
      'd.txt': Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]),
    });
    const r = await runCli(['extract', dir]);
    expect(r.code).toBe(1);
    const records = jsonLines(r.stdout);
    expect(records.map((x) => (x.source as { path: string }).path.slice(dir.length + 1))).toEqual(['a/empty.txt', 'a/z.txt', 'b.txt', 'd.txt']);
    expect(records.map((x) => x.schema)).toEqual(['newsfacts/error@1', 'newsfacts/article@1', 'newsfacts/article@1', 'newsfacts/error@1']);
    expect(ErrorRecordSchema.parse(records[0]).error.code).toBe('empty');
    expect(ErrorRecordSchema.parse(records[3]).error.code).toBe('binary');
    expect(r.stderr).toContain('a/empty.txt: ');
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('honours --glob', async () => {
    const dir = folder({ 'x.md': STORY, 'y.txt': STORY });
    const r = await runCli(['extract', '--glob', '*.md', dir]);
    expect(jsonLines(r.stdout).map((x) => (x.source as { path: string }).path.endsWith('x.md'))).toEqual([true]);
  });

  it('reports files over --max-bytes', async () => {
    const dir = folder({ 'big.txt': STORY.repeat(10) });
    const r = await runCli(['extract', '--max-bytes', '100', join(dir, 'big.txt')]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error.code).toBe('too-large');
  });

  it('decodes a Windows-1252 file and records the encoding', async () => {
    const dir = folder({ 'w.txt': iconv.encode('LAHORE: The minister’s “plan” was approved — officials said.', 'windows-1252') });
    const r = await runCli(['extract', join(dir, 'w.txt')]);
    const record = ArticleSchema.parse(JSON.parse(r.stdout));
    expect(record.source.encoding).toBe('windows-1252');
    expect(record.dateline?.place).toBe('Lahore');
  });

  it('reads JSONL records, keeps input order, and reports bad lines by number', async () => {
    const lines = [
      JSON.stringify({ id: 'one', text: STORY, published: '2025-06-10', outlet: 'Dawn' }),
      '{broken',
      JSON.stringify({ id: 'three' }),
      JSON.stringify({ id: 'four', text: 'ABUJA — Senators passed the bill on Monday.' }),
    ].join('\n');
    const r = await runCli(['extract', '--jsonl'], { stdin: lines });
    expect(r.code).toBe(1);
    const records = jsonLines(r.stdout);
    expect(records.map((x) => x.schema)).toEqual(['newsfacts/article@1', 'newsfacts/error@1', 'newsfacts/error@1', 'newsfacts/article@1']);
    expect(records.map((x) => (x.source as { line: number }).line)).toEqual([1, 2, 3, 4]);
    expect((records[1].error as { code: string }).code).toBe('jsonl-malformed');
    expect((records[2].error as { code: string }).code).toBe('jsonl-missing-text');
    expect(ArticleSchema.parse(records[0]).outlet).toEqual({ name: 'Dawn', basis: 'input', evidence: null });
  });

  it('exits 2 on usage errors: missing path, unknown option, bad date, bad format', async () => {
    for (const argv of [
      ['extract', '/no/such/file.txt'],
      ['extract', '--nope'],
      ['extract', '--published', '2025-13-40'],
      ['extract', '--format', 'xml'],
    ]) {
      const r = await runCli(argv, { stdin: STORY });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  });

  it('pretty-prints a summary on a TTY, without colours under NO_COLOR', async () => {
    const r = await runCli(['extract'], { stdin: STORY, tty: true, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dateline Karachi');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('prints the JSON Schema of each record type', async () => {
    for (const name of ['article', 'events']) {
      const r = await runCli(['schema', name]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8')));
    }
  });
});
