import type { ArticleResult, CheckReport, CheckResult, Finding } from '../../check/report-schema.js';

/** Every finding of a failed or warned check, in report order. */
export interface Flagged {
  article: ArticleResult;
  check: CheckResult;
  finding: Finding;
}

export function flaggedFindings(report: CheckReport): Flagged[] {
  const out: Flagged[] = [];
  for (const article of report.articles) {
    for (const check of article.checks) {
      if (check.status === 'pass') continue;
      for (const finding of check.findings) out.push({ article, check, finding });
    }
  }
  return out;
}

/** `path` or `id` of an article's source, for people reading a report. */
export function sourceLabel(article: ArticleResult): string {
  const s = article.source;
  if (s.path && s.path !== '-') return s.line !== undefined ? `${s.path}:${s.line}` : s.path;
  return s.id ?? 'stdin';
}
