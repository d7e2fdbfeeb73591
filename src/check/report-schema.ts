import { z } from 'zod';
import { SourceSchema, SpanSchema } from '../schema/common.js';

export const CHECK_SCHEMA_ID = 'newsfacts/check@1';

/** `warn`: a finding of a kind `--fail-on` does not list — reported, but the run still passes. */
export const CheckStatusSchema = z.enum(['pass', 'fail', 'warn']);

export const FindingKindSchema = z.enum([
  /** in the expected record, not in the actual one */
  'missing',
  /** in the actual record, not in the expected one */
  'unexpected',
  /** the same fact (same surface text or name) with another value */
  'changed',
  /** a `--require`d field is absent */
  'missing-field',
  /** the input could not be read or extracted */
  'error',
  /** reconcile found sources that genuinely disagree */
  'genuine-conflict',
  /** `--expected` has no file for this article */
  'no-expected',
  /** the expected file is not valid JSON or not an article record */
  'invalid-expected',
  /** two inputs map to the same expected file name */
  'duplicate-name',
]);

export const FindingSchema = z.object({
  kind: FindingKindSchema,
  /** The article field the finding is about: `dates`, `people`, `published`, … */
  field: z.string(),
  message: z.string(),
  expected: z.string().nullable(),
  actual: z.string().nullable(),
  /** Where in the article's original text (UTF-16 offsets), for annotations. */
  spans: z.array(SpanSchema),
});

/** One check of one article (one JUnit testcase). */
export const CheckResultSchema = z.object({ check: z.string(), status: CheckStatusSchema, findings: z.array(FindingSchema) });

export const ArticleResultSchema = z.object({
  /** The expected file's base name: the input file's base name, or the JSONL record's id. */
  name: z.string(),
  source: SourceSchema,
  status: CheckStatusSchema,
  /** With `--update`: what happened to the expected file. */
  update: z.enum(['created', 'updated', 'unchanged', 'skipped']).optional(),
  checks: z.array(CheckResultSchema),
});

export const CheckSummarySchema = z.object({
  articles: z.number().int(),
  passed: z.number().int(),
  failed: z.number().int(),
  warned: z.number().int(),
  checks: z.number().int(),
  failedChecks: z.number().int(),
  warnedChecks: z.number().int(),
  /** `--max-failures` stopped the run before every input was checked. */
  stopped: z.boolean(),
  /** Expected files that no input matched (only when every input was checked). */
  unmatched: z.array(z.string()),
  updates: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }).optional(),
  ok: z.boolean(),
});

export const CheckReportSchema = z.object({
  schema: z.literal(CHECK_SCHEMA_ID),
  summary: CheckSummarySchema,
  articles: z.array(ArticleResultSchema),
});

export type CheckStatus = z.infer<typeof CheckStatusSchema>;
export type FindingKind = z.infer<typeof FindingKindSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type CheckResult = z.infer<typeof CheckResultSchema>;
export type ArticleResult = z.infer<typeof ArticleResultSchema>;
export type CheckSummary = z.infer<typeof CheckSummarySchema>;
export type CheckReport = z.infer<typeof CheckReportSchema>;
