import { summaryLine } from '../../check/summary.js';
import type { CheckReport } from '../../check/report-schema.js';
import { write } from '../../cli/io.js';
import type { Reporter, ReporterContext } from './context.js';
import { sourceLabel } from './failures.js';

/** The human report: one block per failed or warned article, then the one-line summary. Passing articles are only counted. */
export function textReport(report: CheckReport, ctx: ReporterContext): string {
  const c = ctx.colors;
  const out: string[] = [];
  for (const article of report.articles) {
    if (article.status === 'pass') continue;
    const head = article.status === 'fail' ? c.red.bold('FAIL') : c.yellow.bold('WARN');
    out.push(`${head} ${c.bold(article.name)} ${c.dim(sourceLabel(article))}`);
    for (const check of article.checks) {
      if (check.status === 'pass') continue;
      const mark = check.status === 'fail' ? c.red('✗') : c.yellow('!');
      for (const f of check.findings) {
        const loc = ctx.locate(article.source, f.spans[0]);
        const where = loc?.line !== undefined ? c.dim(`  ${loc.file}:${loc.line}${loc.col !== undefined ? `:${loc.col}` : ''}`) : '';
        out.push(`  ${mark} ${c.cyan(`[${check.check}]`)} ${f.message}${where}`);
      }
    }
  }
  for (const file of report.summary.unmatched) out.push(`${c.yellow.bold('WARN')} expected file ${file} matches no input`);
  if (out.length) out.push('');
  const line = summaryLine(report);
  out.push(report.summary.ok ? c.green(line) : c.red(line));
  return out.join('\n') + '\n';
}

export const text: Reporter = async (report, ctx) => {
  await write(ctx.io.stdout, textReport(report, ctx));
};
