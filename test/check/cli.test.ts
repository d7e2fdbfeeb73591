import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckReportSchema } from '../../src/check/index.js';
import { ArticleSchema } from '../../src/schema/article.js';
import { EXPECTED_DIR, SEEDS_DIR } from '../helpers/fixtures.js';
import { run, workspace } from './run.js';

/** `check` in-thread (no worker start-up in tests). */
const check = (args: string[], o: Parameters<typeof run>[1] = {}) => run(['check', '--concurrency', '1', ...args], o);

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

describe('newsfacts check --update, then check', () => {
  it('writes one pretty article record per input inside --expected only, and then passes', async () => {
    const ws = workspace();
    const before = readdirSync(ws.articles).sort();
    const up = await check([ws.articles, '--expected', ws.expected, '--update']);
    expect(up.code).toBe(0);
    expect(up.stdout).toMatch(/PASS — 3 articles passed.*expected files: 3 created, 0 updated, 0 unchanged/);
    expect(readdirSync(ws.expected).sort()).toEqual(['budget-vote.json', 'flood-relief.json', 'harbour-deal.json']);
    expect(readdirSync(ws.articles).sort()).toEqual(before);
    const text = readFileSync(join(ws.expected, 'harbour-deal.json'), 'utf8');
    expect(text).toMatch(/^\{\n  "schema": "newsfacts\/article@1",/);
    ArticleSchema.parse(JSON.parse(text));

    const ok = await check([ws.articles, '--expected', ws.expected]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^newsfacts check: PASS — 3 articles passed, 30\/30 checks passed$/)]);

    const again = await check([ws.articles, '--expected', ws.expected, '--update']);
    expect(again.stdout).toContain('expected files: 0 created, 0 updated, 3 unchanged');
  });

  it('a passing dataset passes under every reporter', async () => {
    const { parseXml, all } = await import('./xml.js');
    const ws = workspace();
    await check([ws.articles, '--expected', ws.expected, '--update']);
    const json = await check([ws.articles, '--expected', ws.expected, '--reporter', 'json']);
    expect(json.code).toBe(0);
    expect(CheckReportSchema.parse(JSON.parse(json.stdout)).summary).toMatchObject({ articles: 3, passed: 3, failed: 0, checks: 30, failedChecks: 0, ok: true });
    const junit = await check([ws.articles, '--expected', ws.expected, '--reporter', 'junit']);
    expect(junit.code).toBe(0);
    const root = parseXml(junit.stdout);
    expect(root.attrs).toMatchObject({ tests: '30', failures: '0', errors: '0' });
    expect(all(root, 'testcase')).toHaveLength(30);
    const summary = join(ws.root, 'summary.md');
    const github = await check([ws.articles, '--expected', ws.expected, '--reporter', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(github.code).toBe(0);
    expect(github.stdout).not.toMatch(/^::/m);
    expect(github.stdout.trim()).toBe('newsfacts check: PASS — 3 articles passed, 30/30 checks passed');
    expect(readFileSync(summary, 'utf8')).toMatch(/^## newsfacts check: ✅ passed\n/);
  });

  it('refreshes a stale expected file', async () => {
    const ws = workspace();
    await check([ws.articles, '--expected', ws.expected, '--update']);
    const file = join(ws.expected, 'budget-vote.json');
    const stale = readJson(file);
    stale.published = { date: '1999-01-01', basis: 'text', evidence: null };
    writeFileSync(file, JSON.stringify(stale));
    expect((await check([ws.articles, '--expected', ws.expected])).code).toBe(1);
    const up = await check([ws.articles, '--expected', ws.expected, '--update']);
    expect(up.stdout).toContain('0 created, 1 updated, 2 unchanged');
    expect((await check([ws.articles, '--expected', ws.expected])).code).toBe(0);
  });

  it('names JSONL records by id and keeps unsafe ids inside --expected', async () => {
    const ws = workspace();
    const lines = [
      { id: 'story-1', text: 'NAIROBI — The council met on Monday.', published: '2025-05-07' },
      { id: '../../escape', text: 'KAMPALA — Traders protested on Tuesday.', published: '2025-05-07' },
      { text: 'LUSAKA — The bank cut rates.', published: '2025-05-07' },
    ];
    const jsonl = join(ws.root, 'dump.jsonl');
    writeFileSync(jsonl, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const up = await check([jsonl, '--expected', ws.expected, '--update']);
    expect(up.code).toBe(0);
    expect(readdirSync(ws.expected).sort()).toEqual(['__.._escape.json', 'dump-3.json', 'story-1.json']);
    expect(readdirSync(ws.root).sort()).toEqual(['articles', 'dump.jsonl', 'expected']);
    expect((await check([jsonl, '--expected', ws.expected])).code).toBe(0);
  });

  it('checks the JSONL of article records that extract wrote against expectations made from the texts', async () => {
    const ws = workspace();
    await check([ws.articles, '--expected', ws.expected, '--update']);
    const extracted = await run(['extract', '--concurrency', '1', '--format', 'jsonl', ws.articles]);
    const jsonl = join(ws.root, 'extracted.jsonl');
    writeFileSync(jsonl, extracted.stdout);
    const r = await check([jsonl, '--expected', ws.expected]);
    expect(r.stdout).toContain('PASS — 3 articles passed');
    expect(r.code).toBe(0);
  });
});

describe('golden files double as check expectations', () => {
  const golden = existsSync(EXPECTED_DIR) ? readdirSync(EXPECTED_DIR).filter((f) => f.endsWith('.json')) : [];
  it.skipIf(golden.length === 0)('fixtures/seeds pass against fixtures/expected', async () => {
    const r = await check([SEEDS_DIR, '--expected', EXPECTED_DIR]);
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/PASS/);
    expect(r.code).toBe(0);
  });
});

describe('newsfacts check failures', () => {
  /** A dataset whose expectations were recorded, then edited to simulate regressions. */
  async function regressed() {
    const ws = workspace();
    await check([ws.articles, '--expected', ws.expected, '--update']);
    const file = (name: string) => join(ws.expected, `${name}.json`);
    const harbour = readJson(file('harbour-deal'));
    const source = readFileSync(join(ws.articles, 'harbour-deal.txt'), 'utf8');
    const at = source.indexOf('Thursday');
    (harbour.dates as unknown[]).push({ start: at, end: at + 8, text: 'Thursday', id: 'dx', type: 'DATE', value: '1999-12-31' });
    (harbour.people as unknown[]).push({ id: 'px', name: 'Imaginary Person', titles: [], affiliation: null, mentions: [] });
    writeFileSync(file('harbour-deal'), JSON.stringify(harbour, null, 2));
    const budget = readJson(file('budget-vote'));
    (budget.published as { date: string }).date = '2024-11-21';
    (budget.figures as unknown[]).push({ start: 0, end: 3, text: 'xyz', id: 'fx', value: 7, unit: 'kg', quantity: 'mass', approximate: null, counts: null, change: null, sentence: { start: 0, end: 3, text: 'xyz' } });
    writeFileSync(file('budget-vote'), JSON.stringify(budget, null, 2));
    return { ws, line: source.slice(0, at).split('\n').length, col: at - source.lastIndexOf('\n', at - 1) };
  }

  it('text: a block per failing article naming each difference, a one-line summary, exit 1', async () => {
    const { ws, line, col } = await regressed();
    const r = await check([ws.articles, '--expected', ws.expected]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL harbour-deal');
    expect(r.stdout).toContain('✗ [dates] dates: missing 1999-12-31 "Thursday"');
    expect(r.stdout).toContain(`harbour-deal.txt:${line}:${col}`);
    expect(r.stdout).toContain('✗ [people] people: missing Imaginary Person');
    expect(r.stdout).toContain('FAIL budget-vote');
    expect(r.stdout).toMatch(/\[published\] published: changed "2024-11-21" → "2025-11-21"/);
    expect(r.stdout).toContain('[figures] figures: missing 7 kg "xyz"');
    expect(r.stdout).not.toContain('flood-relief');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('newsfacts check: FAIL — 2 of 3 articles failed, 26/30 checks passed, 4 failed');
    expect(r.stdout).not.toMatch(/\u001b\[/);
    const tty = await check([ws.articles, '--expected', ws.expected], { tty: true });
    expect(tty.stdout).toMatch(/\u001b\[/);
    const noColor = await check([ws.articles, '--expected', ws.expected], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
  });

  it('json: a newsfacts/check@1 record with the findings; summary line on stderr', async () => {
    const { ws } = await regressed();
    const r = await check([ws.articles, '--expected', ws.expected, '--reporter', 'json']);
    expect(r.code).toBe(1);
    const report = CheckReportSchema.parse(JSON.parse(r.stdout));
    expect(report.summary).toMatchObject({ articles: 3, passed: 1, failed: 2, checks: 30, failedChecks: 4, ok: false });
    const harbour = report.articles.find((a) => a.name === 'harbour-deal')!;
    expect(harbour.checks.filter((c) => c.status === 'fail').map((c) => c.check)).toEqual(['dates', 'people']);
    expect(harbour.checks.find((c) => c.check === 'dates')!.findings[0]).toMatchObject({ kind: 'missing', field: 'dates', expected: '1999-12-31 "Thursday"', actual: null });
    expect(r.stderr).toMatch(/^newsfacts check: FAIL/);
    expect((await check([ws.articles, '--expected', ws.expected, '--reporter', 'json', '--quiet'])).stderr).toBe('');
  });

  it('junit: valid XML, one testcase per article × check, failures counted', async () => {
    const { parseXml, all } = await import('./xml.js');
    const { ws } = await regressed();
    const r = await check([ws.articles, '--expected', ws.expected, '--reporter', 'junit']);
    expect(r.code).toBe(1);
    const root = parseXml(r.stdout);
    expect(root.name).toBe('testsuites');
    expect(root.attrs).toMatchObject({ tests: '30', failures: '4', errors: '0' });
    const suites = all(root, 'testsuite');
    expect(suites.map((s) => s.attrs.name)).toEqual(['budget-vote', 'flood-relief', 'harbour-deal']);
    const cases = all(root, 'testcase');
    expect(cases).toHaveLength(30);
    expect(all(root, 'failure')).toHaveLength(4);
    const dates = cases.find((c) => c.attrs.classname === 'harbour-deal' && c.attrs.name === 'dates')!;
    expect(dates.children[0].attrs.message).toBe('dates: missing 1999-12-31 "Thursday"');
  });

  it('github: located ::error annotations, the text report, and a Markdown step summary', async () => {
    const { ws, line, col } = await regressed();
    const summary = join(ws.root, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const r = await check([ws.articles, '--expected', ws.expected, '--reporter', 'github'], { env: { GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: ws.root } });
    expect(r.code).toBe(1);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(4);
    expect(annotations).toContain(
      `::error file=articles/harbour-deal.txt,line=${line},col=${col},endLine=${line},endColumn=${col + 7},title=newsfacts check%3A harbour-deal [dates]::dates: missing 1999-12-31 "Thursday"`,
    );
    // a span whose text is not at its offsets in the source gets the file only
    expect(annotations.find((a) => a.includes('[figures]'))).toMatch(/^::error file=articles\/budget-vote\.txt,title=/);
    expect(r.stdout).toContain('FAIL harbour-deal');
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^newsfacts check: FAIL/);
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('# earlier step\n## newsfacts check: ❌ failed')).toBe(true);
    expect(md).toContain('| ❌ | harbour-deal | dates | dates: missing 1999-12-31 "Thursday" | articles/harbour-deal.txt:' + line + ' |');
    expect(md.split('\n').filter((l) => l.startsWith('| ❌'))).toHaveLength(4);
  });

  it('a missing or unreadable expected file fails; expected files without input are reported', async () => {
    const ws = workspace();
    await check([ws.articles, '--expected', ws.expected, '--update']);
    writeFileSync(join(ws.expected, 'flood-relief.json'), '{"dates": [}');
    writeFileSync(join(ws.expected, 'old-story.json'), '{}');
    writeFileSync(join(ws.articles, 'new-story.txt'), 'ACCRA — The market reopened on Monday.\n');
    const r = await check([ws.articles, '--expected', ws.expected]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[expected-file] expected-file: new-story.json does not exist (run with --update to create it)');
    expect(r.stdout).toMatch(/\[expected-file\] expected-file: flood-relief\.json: not valid JSON/);
    expect(r.stdout).toContain('WARN expected file old-story.json matches no input');
  });

  it('two inputs with one name fail instead of sharing an expected file', async () => {
    const ws = workspace();
    mkdirSync(join(ws.articles, 'more'));
    writeFileSync(join(ws.articles, 'more', 'budget-vote.txt'), 'ACCRA — A second story.\n');
    const r = await check([ws.articles, '--expected', ws.expected, '--update']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('another input already maps to budget-vote.json');
  });
});

describe('newsfacts check rules', () => {
  const NO_FACTS = 'It rained.\n';

  it('--require fails articles without the fields (officials = a person with a title)', async () => {
    const ws = workspace({ 'no-facts.txt': NO_FACTS });
    const r = await check([ws.articles, '--require', 'published,eventDate,dateline,officials', '--reporter', 'json']);
    expect(r.code).toBe(1);
    const report = CheckReportSchema.parse(JSON.parse(r.stdout));
    const bare = report.articles.find((a) => a.name === 'no-facts')!;
    expect(bare.checks.map((c) => [c.check, c.status])).toEqual([
      ['input', 'pass'],
      ['require:published', 'fail'],
      ['require:eventDate', 'fail'],
      ['require:dateline', 'fail'],
      ['require:officials', 'fail'],
    ]);
    expect(bare.checks[1].findings[0]).toMatchObject({ kind: 'missing-field', message: 'published: required but missing' });
  });

  it('--fail-on without missing-field turns required fields into warnings (exit 0)', async () => {
    const ws = workspace({ 'no-facts.txt': NO_FACTS });
    const r = await check([ws.articles, '--require', 'dateline', '--fail-on', 'error']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('WARN no-facts');
    expect(r.stdout).toContain('! [require:dateline] dateline: required but missing');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('newsfacts check: PASS — 4 articles passed, 7/8 checks passed, 1 warning');
  });

  it('an input that cannot be read fails (error), or warns when --fail-on leaves error out', async () => {
    const { parseXml, all } = await import('./xml.js');
    const ws = workspace({ 'empty.txt': '  \n' });
    const r = await check([ws.articles, '--reporter', 'junit']);
    expect(r.code).toBe(1);
    const root = parseXml(r.stdout);
    expect(root.attrs).toMatchObject({ tests: '4', failures: '0', errors: '1' });
    expect(all(root, 'error')[0].attrs.message).toBe('input: whitespace-only text (empty)');
    expect(r.stderr).toMatch(/empty\.txt: whitespace-only text\nnewsfacts check: FAIL/);
    const warn = await check([ws.articles, '--fail-on', 'missing-field']);
    expect(warn.code).toBe(0);
    expect(warn.stdout).toContain('! [input] input: whitespace-only text (empty)');
  });

  it('zero inputs fail: CI must never pass vacuously', async () => {
    const ws = workspace();
    const empty = join(ws.root, 'empty');
    mkdirSync(empty);
    const r = await check([empty]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('newsfacts check: FAIL — no articles to check');
    expect((await check([ws.articles, '--glob', '*.md'])).code).toBe(1);
    const onlyBroken = await check([join(ws.root, 'empty'), '--fail-on', 'missing-field'], { stdin: '' });
    expect(onlyBroken.code).toBe(1);
    const allWarned = await check(['-', '--fail-on', 'missing-field'], { stdin: '' });
    expect(allWarned.code).toBe(1);
    expect(allWarned.stdout).toContain('no article could be checked');
  });

  it('--max-failures stops early and still fails', async () => {
    const ws = workspace({ 'a-none.txt': 'It rained.\n', 'b-none.txt': 'It snowed.\n' });
    const r = await check([ws.articles, '--require', 'dateline', '--max-failures', '1', '--reporter', 'json']);
    expect(r.code).toBe(1);
    const report = CheckReportSchema.parse(JSON.parse(r.stdout));
    expect(report.articles.map((a) => a.name)).toEqual(['a-none']);
    expect(report.summary.stopped).toBe(true);
  });

  it('--fail-on genuine-conflict reconciles the inputs and fails the articles that disagree', async () => {
    const { baseArticle, clone } = await import('./article-factory.js');
    const ws = workspace();
    const a = baseArticle();
    const b = clone(a);
    a.source = { path: 'one.txt' };
    b.source = { path: 'two.txt' };
    b.outlet = { name: 'Coast Herald', basis: 'input', evidence: null };
    const same = join(ws.root, 'same.jsonl');
    writeFileSync(same, [a, b].map((x) => JSON.stringify(x)).join('\n'));
    const agree = await check([same, '--fail-on', 'genuine-conflict,error', '--reporter', 'json']);
    expect(agree.code).toBe(0);
    expect(CheckReportSchema.parse(JSON.parse(agree.stdout)).articles.map((x) => x.checks.map((c) => `${c.check}:${c.status}`))).toEqual([
      ['input:pass', 'genuine-conflict:pass'],
      ['input:pass', 'genuine-conflict:pass'],
    ]);
    // A different day, stated without the weekday evidence (which would contradict it), and
    // nowhere else in the second article's dates (else reconcile reads it as a later development).
    b.eventDate = { ...b.eventDate!, date: '2025-03-12', evidence: null };
    b.dates = b.dates.map((d) => (d.value === '2025-03-13' ? { ...d, value: '2025-03-12' } : d));
    const differ = join(ws.root, 'differ.jsonl');
    writeFileSync(differ, [a, b].map((x) => JSON.stringify(x)).join('\n'));
    const r = await check([differ, '--fail-on', 'genuine-conflict']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL one');
    expect(r.stdout).toContain('FAIL two');
    expect(r.stdout).toMatch(/\[genuine-conflict\] genuine conflict in e1 date: .*"2025-03-13" \(one\)/);
    expect((await check([differ])).code).toBe(0);
  });
});

describe('newsfacts check usage and progress', () => {
  it('exits 2 on usage errors', async () => {
    const ws = workspace();
    for (const argv of [
      [ws.articles, '--update'],
      [ws.articles, '--require', 'published,shoe-size'],
      [ws.articles, '--fail-on', 'everything'],
      [ws.articles, '--reporter', 'xml'],
      [ws.articles, '--max-failures', '0'],
      [join(ws.root, 'nope')],
      [ws.articles, '--expected', join(ws.root, 'missing-dir')],
      [ws.articles, '--expected', join(ws.articles, 'budget-vote.txt')],
    ]) {
      const r = await check(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout, argv.join(' ')).toBe('');
    }
    expect(existsSync(join(ws.root, 'missing-dir'))).toBe(false);
  });

  it('--update refuses to write through a symbolic link and reports it as a failure', async () => {
    const ws = workspace();
    mkdirSync(ws.expected);
    const outside = join(ws.root, 'outside.json');
    writeFileSync(outside, 'keep');
    symlinkSync(outside, join(ws.expected, 'budget-vote.json'));
    const r = await check([ws.articles, '--expected', ws.expected, '--update']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/budget-vote\.json: cannot write: refusing to write through the symbolic link/);
    expect(readFileSync(outside, 'utf8')).toBe('keep');
    expect(r.stdout).toContain('expected files: 2 created, 0 updated, 0 unchanged');
  });

  it('shows progress on a TTY stderr only, never in CI or with --quiet', async () => {
    const ws = workspace();
    const tty = await check([ws.articles], { stderrTty: true });
    expect(tty.stderr).toMatch(/\r1 articles checked/);
    expect((await check([ws.articles], { stderrTty: true, env: { CI: 'true' } })).stderr).toBe('');
    expect((await check([ws.articles, '--quiet'], { stderrTty: true })).stderr).toBe('');
  });
});
