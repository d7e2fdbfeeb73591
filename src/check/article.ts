import type { OutputRecord } from '../batch/process.js';
import { compareArticle } from './compare.js';
import type { Expected } from './expected.js';
import { expectedName } from './name.js';
import type { ArticleResult, CheckResult, CheckStatus } from './report-schema.js';
import { requireChecks, type FailOn } from './rules.js';

export interface CheckOptions {
  strictSpans: boolean;
  require: readonly string[];
  failOn: readonly FailOn[];
}

/** What the expected directory holds for an article. */
export type Expectation =
  | { kind: 'none' }
  | { kind: 'found'; value: Expected }
  | { kind: 'missing'; file: string }
  | { kind: 'invalid'; file: string; message: string }
  | { kind: 'duplicate'; file: string };

/** Every check of one input record (pure): its expected-file comparison, its required fields, or its input error. */
export function checkRecord(record: OutputRecord, expectation: Expectation, options: CheckOptions): ArticleResult {
  const name = expectedName(record.source);
  if (record.schema === 'newsfacts/error@1') {
    const status: CheckStatus = options.failOn.includes('error') ? 'fail' : 'warn';
    const message = `input: ${record.error.message} (${record.error.code})`;
    const checks = [{ check: 'input', status, findings: [{ kind: 'error' as const, field: 'input', message, expected: null, actual: null, spans: [] }] }];
    return articleResult(name, record.source, checks);
  }
  const input: CheckResult = { check: 'input', status: 'pass', findings: [] };
  const checks: CheckResult[] = [input, ...expectationChecks(record, expectation, options), ...requireChecks(record, options.require, options.failOn)];
  return articleResult(name, record.source, checks);
}

function expectationChecks(record: Extract<OutputRecord, { schema: 'newsfacts/article@1' }>, e: Expectation, options: CheckOptions): CheckResult[] {
  const fail = (kind: 'no-expected' | 'invalid-expected' | 'duplicate-name', message: string): CheckResult[] => [
    { check: 'expected-file', status: 'fail', findings: [{ kind, field: 'expected-file', message, expected: null, actual: null, spans: [] }] },
  ];
  switch (e.kind) {
    case 'none':
      return [];
    case 'missing':
      return fail('no-expected', `expected-file: ${e.file} does not exist (run with --update to create it)`);
    case 'invalid':
      return fail('invalid-expected', `expected-file: ${e.file}: ${e.message}`);
    case 'duplicate':
      return fail('duplicate-name', `expected-file: another input already maps to ${e.file} (give the inputs distinct names or ids)`);
    case 'found':
      return compareArticle(e.value, record, options);
  }
}

export function articleResult(name: string, source: ArticleResult['source'], checks: CheckResult[]): ArticleResult {
  return { name, source, status: worst(checks.map((c) => c.status)), checks };
}

export function worst(statuses: CheckStatus[]): CheckStatus {
  return statuses.includes('fail') ? 'fail' : statuses.includes('warn') ? 'warn' : 'pass';
}
