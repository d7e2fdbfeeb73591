import { describe, expect, it } from 'vitest';
import { expectedName, safeFileName } from '../../src/check/index.js';
import { LineIndex } from '../../src/report/check/line-index.js';
import { junitXml } from '../../src/report/check/junit.js';
import { annotations } from '../../src/report/check/github.js';
import { markdownSummary } from '../../src/report/check/markdown.js';
import { buildReport } from '../../src/check/index.js';
import type { ArticleResult } from '../../src/check/index.js';
import { all, parseXml } from './xml.js';

describe('expectedName', () => {
  it.each([
    [{ path: 'data/2025/harbour-deal.txt' }, 'harbour-deal'],
    [{ path: 'C:\\data\\story.v2.txt' }, 'story.v2'],
    [{ path: 'dump.jsonl', line: 7, id: 'abc-123' }, 'abc-123'],
    [{ path: 'dump.jsonl', line: 7 }, 'dump-7'],
    [{ path: '-' }, 'stdin'],
    [{ id: 'https://news.example/a/b?x=1' }, 'https_news.example_a_b_x_1'],
    [{ path: '.hidden' }, '_hidden'],
    [{ id: 'Ölpreis 2025' }, 'Ölpreis_2025'],
  ])('%o → %s', (source, name) => {
    expect(expectedName(source)).toBe(name);
  });

  it('never yields a path', () => {
    for (const s of ['../x', '..', '/etc/passwd', 'a/../../b', '']) expect(safeFileName(s)).toMatch(/^[^./][^/\\]*$/);
  });
});

describe('LineIndex', () => {
  it('gives 1-based line and column for \\n, \\r\\n and \\r line ends', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const index = new LineIndex(text);
    const at = (s: string) => index.position(text.indexOf(s));
    expect([at('a'), at('b'), at('c'), at('e'), at('g')]).toEqual([
      { line: 1, col: 1 },
      { line: 1, col: 2 },
      { line: 2, col: 1 },
      { line: 3, col: 1 },
      { line: 4, col: 1 },
    ]);
  });
});

describe('reporters on awkward text', () => {
  const nasty = 'Tom & "Jerry" <b>\u0001 50% off, a:b\nnext line | pipe';
  const article: ArticleResult = {
    name: 'weird',
    source: { path: 'x & y.txt' },
    status: 'fail',
    checks: [
      { check: 'input', status: 'pass', findings: [] },
      { check: 'title', status: 'fail', findings: [{ kind: 'changed', field: 'title', message: `title: changed ${nasty}`, expected: nasty, actual: 'x', spans: [] }] },
      { check: 'require:dateline', status: 'warn', findings: [{ kind: 'missing-field', field: 'dateline', message: 'dateline: required but missing', expected: null, actual: null, spans: [] }] },
    ],
  };
  const report = buildReport([article], { stopped: false, unmatched: [], update: false });

  it('junit stays well-formed and keeps the text', () => {
    const root = parseXml(junitXml(report));
    expect(root.attrs).toMatchObject({ tests: '3', failures: '1', errors: '0', skipped: '0' });
    const failure = all(root, 'failure')[0];
    expect(failure.attrs.message).toBe(`title: changed ${nasty.replace('\u0001', '\ufffd')}`);
    expect(all(root, 'system-out')[0].text).toBe('warning: dateline: required but missing');
  });

  it('github annotations escape workflow-command syntax; unlocated findings name the article', () => {
    const lines = annotations(report, { locate: () => null }).trim().split('\n');
    expect(lines).toEqual([
      '::error title=newsfacts check%3A weird [title]::weird: title: changed Tom & "Jerry" <b>\u0001 50%25 off, a:b%0Anext line | pipe',
      '::warning title=newsfacts check%3A weird [require%3Adateline]::weird: dateline: required but missing',
    ]);
  });

  it('the Markdown summary keeps one table row per finding', () => {
    const md = markdownSummary(report, { locate: () => null });
    const rows = md.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Tom & "Jerry" &lt;b&gt;');
    expect(rows[0]).toContain('next line \\| pipe');
  });
});
