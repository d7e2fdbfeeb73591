import { appendFile } from 'node:fs/promises';
import type { CheckReport } from '../../check/report-schema.js';
import { write } from '../../cli/io.js';
import type { Reporter, ReporterContext } from './context.js';
import { flaggedFindings } from './failures.js';
import type { Location } from './locate.js';
import { markdownSummary } from './markdown.js';
import { textReport } from './text.js';

/** Workflow-command escaping (actions/toolkit): data escapes %, CR, LF; properties also `:` and `,`. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error` (or `::warning`) workflow command per finding, located from its span. */
export function annotations(report: CheckReport, ctx: Pick<ReporterContext, 'locate'>): string {
  return flaggedFindings(report)
    .map(({ article, check, finding }) => {
      const level = check.status === 'fail' ? 'error' : 'warning';
      const loc = ctx.locate(article.source, finding.spans[0]);
      const props = { ...locationProps(loc), title: `newsfacts check: ${article.name} [${check.check}]` };
      const list = Object.entries(props)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
      const message = loc ? finding.message : `${article.name}: ${finding.message}`;
      return `::${level} ${list}::${escapeData(message)}\n`;
    })
    .join('');
}

function locationProps(loc: Location | null): Record<string, string | number | undefined> {
  if (!loc) return {};
  return { file: loc.file, line: loc.line, col: loc.col, endLine: loc.endLine, endColumn: loc.endColumn };
}

/**
 * GitHub Actions: annotations, then the text report (GitHub shows only ten annotations per
 * step), then a Markdown summary appended to `$GITHUB_STEP_SUMMARY` when it is set.
 */
export const github: Reporter = async (report, ctx) => {
  await write(ctx.io.stdout, annotations(report, ctx));
  await write(ctx.io.stdout, textReport(report, ctx));
  const summaryFile = ctx.io.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) await appendFile(summaryFile, markdownSummary(report, ctx), 'utf8');
};
