import type { ArticleResult, CheckReport, CheckResult } from '../../check/report-schema.js';
import { write } from '../../cli/io.js';
import type { Reporter } from './context.js';
import { sourceLabel } from './failures.js';
import { attrs, xmlEscape } from './xml.js';

/**
 * JUnit XML: one testsuite per article, one testcase per article × check. A failed check is a
 * `<failure>`; an input that could not be read is an `<error>`; a warning passes with its
 * message in `<system-out>`.
 */
export function junitXml(report: CheckReport): string {
  const all = report.articles.flatMap((a) => a.checks);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites${attrs({ name: 'newsfacts check', ...counts(all) })}>`);
  for (const article of report.articles) out.push(...suite(article));
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

function suite(article: ArticleResult): string[] {
  const file = article.source.path && article.source.path !== '-' ? article.source.path : undefined;
  const out = [`  <testsuite${attrs({ name: article.name, ...counts(article.checks), file })}>`];
  out.push(`    <properties><property${attrs({ name: 'source', value: sourceLabel(article) })}/></properties>`);
  for (const check of article.checks) {
    const open = `    <testcase${attrs({ classname: article.name, name: check.check, file })}`;
    if (check.status === 'pass') {
      out.push(`${open}/>`);
      continue;
    }
    const body = check.findings.map((f) => f.message).join('\n');
    const first = check.findings[0]?.message ?? check.check;
    const kind = check.findings[0]?.kind ?? 'failure';
    if (check.status === 'warn') out.push(`${open}><system-out>${xmlEscape(`warning: ${body}`)}</system-out></testcase>`);
    else if (isError(check)) out.push(`${open}><error${attrs({ type: kind, message: first })}>${xmlEscape(body)}</error></testcase>`);
    else out.push(`${open}><failure${attrs({ type: kind, message: first })}>${xmlEscape(body)}</failure></testcase>`);
  }
  out.push('  </testsuite>');
  return out;
}

function isError(check: CheckResult): boolean {
  return check.findings.some((f) => f.kind === 'error');
}

function counts(checks: CheckResult[]) {
  const failed = checks.filter((c) => c.status === 'fail');
  const errors = failed.filter(isError).length;
  return { tests: checks.length, failures: failed.length - errors, errors, skipped: 0 };
}

export const junit: Reporter = async (report, ctx) => {
  await write(ctx.io.stdout, junitXml(report));
};
