import { summaryLine } from '../../check/summary.js';
import type { CheckReport } from '../../check/report-schema.js';
import type { ReporterContext } from './context.js';
import { flaggedFindings } from './failures.js';

const MAX_ROWS = 200;

/** Markdown table cell: pipes escaped, one line, no HTML. */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n|\r/g, ' ');
}

/** The job summary: verdict, the one-line summary, and a table of every failed or warned finding. */
export function markdownSummary(report: CheckReport, ctx: Pick<ReporterContext, 'locate'>): string {
  const s = report.summary;
  const out = [`## newsfacts check: ${s.ok ? '✅ passed' : '❌ failed'}`, '', summaryLine(report), ''];
  const flagged = flaggedFindings(report);
  if (flagged.length) {
    out.push('| | Article | Check | Finding | Where |', '|---|---|---|---|---|');
    for (const { article, check, finding } of flagged.slice(0, MAX_ROWS)) {
      const loc = ctx.locate(article.source, finding.spans[0]);
      const where = loc ? `${loc.file}${loc.line !== undefined ? `:${loc.line}` : ''}` : '';
      const mark = check.status === 'fail' ? '❌' : '⚠️';
      out.push(`| ${mark} | ${cell(article.name)} | ${cell(check.check)} | ${cell(finding.message)} | ${cell(where)} |`);
    }
    if (flagged.length > MAX_ROWS) out.push('', `… and ${flagged.length - MAX_ROWS} more findings (see the job log).`);
    out.push('');
  }
  return out.join('\n') + '\n';
}
