import { stat } from 'node:fs/promises';
import type { OutputRecord } from '../batch/emitted.js';
import {
  addConflictChecks,
  buildReport,
  checkRecord,
  DEFAULT_FAIL_ON,
  expectedName,
  summaryLine,
  type ArticleResult,
  type CheckOptions,
} from '../check/index.js';
import { describeError } from '../input/items.js';
import { reconcile } from '../reconcile/index.js';
import type { Article } from '../schema/article.js';
import type { ErrorRecord } from '../schema/error.js';
import { fileLocator } from '../report/check/locate.js';
import { CHECK_REPORTERS } from '../report/check/registry.js';
import { colorsFor } from '../report/colors.js';
import { Progress } from '../report/progress.js';
import type { CheckCliOptions } from './check.js';
import { ExpectedDir } from './check-expected.js';
import { recordsOf } from './records.js';
import { write, type CliIO } from './io.js';
import { checkPaths, EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './paths.js';

/** `check` itself: records vs expected files and rules → a report; the exit code. */
export async function runCheck(inputs: string[], opts: CheckCliOptions, io: CliIO): Promise<number> {
  const usage = async (message: string) => {
    await write(io.stderr, `newsfacts check: ${message}\n`);
    return EXIT_USAGE;
  };
  if (opts.update && !opts.expected) return usage('--update needs --expected <dir> (the folder to write)');
  const pathsOk = { code: EXIT_OK };
  if (!(await checkPaths(inputs, io, pathsOk))) return pathsOk.code;
  if (opts.expected) {
    const kind = await stat(opts.expected).then((s) => (s.isDirectory() ? 'dir' : 'file'), () => 'none');
    if (kind === 'file') return usage(`--expected ${opts.expected}: not a folder`);
    if (kind === 'none' && !opts.update) return usage(`--expected ${opts.expected}: no such folder (create it with --update)`);
  }
  const options: CheckOptions = { strictSpans: opts.strictSpans === true, require: opts.require ?? [], failOn: opts.failOn ?? DEFAULT_FAIL_ON };
  const expectedDir = opts.expected ? new ExpectedDir(opts.expected, io.cwd) : null;
  const conflicts = options.failOn.includes('genuine-conflict');
  const quiet = opts.quiet === true;

  const records = recordsOf(inputs, opts, io);
  const progress = new Progress(io, quiet, 'articles checked');
  const results: ArticleResult[] = [];
  const articles: Article[] = [];
  const keys: (string | null)[] = [];
  const errors: ErrorRecord[] = [];
  let failures = 0;
  let stopped = false;
  for await (const record of records) {
    if (record.schema === 'newsfacts/error@1') errors.push(record);
    const result = await checkOne(record, expectedDir, opts.update === true, options);
    results.push(result);
    if (conflicts && record.schema === 'newsfacts/article@1') {
      const key = `a${results.length}`;
      keys.push(key);
      articles.push({ ...record, source: { id: key } });
    } else keys.push(null);
    failures += result.checks.filter((c) => c.status === 'fail').length;
    progress.tick(result.status === 'fail');
    if (opts.maxFailures !== undefined && failures >= opts.maxFailures) {
      stopped = true;
      break;
    }
  }
  progress.end();

  const final = conflicts && articles.length ? addConflictChecks(results, keys, reconcile(articles)) : results;
  const unmatched = expectedDir && !opts.update && !stopped ? await expectedDir.unmatched() : [];
  const report = buildReport(final, { stopped, unmatched, update: opts.update === true });
  const reporter = opts.reporter;
  await CHECK_REPORTERS[reporter](report, { io, colors: colorsFor(io.stdout, io.env), locate: fileLocator(io.cwd, io.env.GITHUB_WORKSPACE ?? io.cwd) });
  if ((reporter === 'json' || reporter === 'junit') && !quiet) {
    // Machine-readable stdout: the people reading the log get the bad inputs and the verdict on stderr.
    for (const record of errors) await write(io.stderr, `newsfacts: ${describeError(record)}\n`);
    await write(io.stderr, summaryLine(report) + '\n');
  }
  return report.summary.ok ? EXIT_OK : EXIT_FAILED;
}

/** One record: compare with its expected file (or, with --update, write it), then the rules. */
async function checkOne(record: OutputRecord, dir: ExpectedDir | null, update: boolean, options: CheckOptions): Promise<ArticleResult> {
  const name = expectedName(record.source);
  if (!dir) return checkRecord(record, { kind: 'none' }, options);
  if (!update) return checkRecord(record, await dir.read(name), options);
  if (record.schema !== 'newsfacts/article@1') return checkRecord(record, { kind: 'none' }, options);
  if (!dir.claim(name)) return checkRecord(record, { kind: 'duplicate', file: `${name}.json` }, options);
  try {
    const update = await dir.write(name, record);
    return { ...checkRecord(record, { kind: 'none' }, options), update };
  } catch (e) {
    const failed = checkRecord(record, { kind: 'invalid', file: `${name}.json`, message: `cannot write: ${(e as Error).message}` }, options);
    return { ...failed, update: 'skipped' };
  }
}
