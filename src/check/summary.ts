import type { ArticleResult, CheckReport, CheckSummary } from './report-schema.js';
import { CHECK_SCHEMA_ID, CheckReportSchema } from './report-schema.js';

export interface ReportMeta {
  stopped: boolean;
  unmatched: string[];
  update: boolean;
}

/**
 * The whole run as one record. `ok` is false when any check failed — and when no article was
 * checked at all: CI must never pass vacuously.
 */
export function buildReport(articles: ArticleResult[], meta: ReportMeta): CheckReport {
  const checks = articles.flatMap((a) => a.checks);
  const summary: CheckSummary = {
    articles: articles.length,
    passed: articles.filter((a) => a.status === 'pass').length,
    failed: articles.filter((a) => a.status === 'fail').length,
    warned: articles.filter((a) => a.status === 'warn').length,
    checks: checks.length,
    failedChecks: checks.filter((c) => c.status === 'fail').length,
    warnedChecks: checks.filter((c) => c.status === 'warn').length,
    stopped: meta.stopped,
    unmatched: meta.unmatched,
    ...(meta.update ? { updates: countUpdates(articles) } : {}),
    ok: false,
  };
  const checkedArticles = articles.filter((a) => a.checks.some((c) => c.check === 'input' && c.status === 'pass')).length;
  summary.ok = summary.failed === 0 && checkedArticles > 0;
  return CheckReportSchema.parse({ schema: CHECK_SCHEMA_ID, summary, articles });
}

function countUpdates(articles: ArticleResult[]) {
  const n = (u: string) => articles.filter((a) => a.update === u).length;
  return { created: n('created'), updated: n('updated'), unchanged: n('unchanged') };
}

/** The final one-line summary. */
export function summaryLine(report: CheckReport): string {
  const s = report.summary;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const parts: string[] = [];
  if (s.articles === 0) parts.push('no articles to check (zero inputs fail: CI must never pass vacuously)');
  else if (s.ok) parts.push(`${plural(s.articles, 'article')} passed`);
  else if (s.failed === 0) parts.push(`no article could be checked (${plural(s.articles, 'input')} failed to load)`);
  else parts.push(`${s.failed} of ${plural(s.articles, 'article')} failed`);
  if (s.articles) parts.push(`${s.checks - s.failedChecks - s.warnedChecks}/${plural(s.checks, 'check')} passed`);
  if (s.failedChecks) parts.push(`${s.failedChecks} failed`);
  if (s.warnedChecks) parts.push(plural(s.warnedChecks, 'warning'));
  if (s.updates) parts.push(`expected files: ${s.updates.created} created, ${s.updates.updated} updated, ${s.updates.unchanged} unchanged`);
  if (s.unmatched.length) parts.push(`${plural(s.unmatched.length, 'expected file')} without input`);
  if (s.stopped) parts.push('stopped early (--max-failures)');
  return `newsfacts check: ${s.ok ? 'PASS' : 'FAIL'} — ${parts.join(', ')}`;
}
