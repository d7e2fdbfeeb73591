/** `check`: expected vs actual article records and dataset rules → findings (pure, no I/O). */
export { checkRecord, type CheckOptions, type Expectation } from './article.js';
export { compareArticle, COMPARED_FIELDS } from './compare.js';
export { addConflictChecks } from './conflicts.js';
export { parseExpected, ExpectedSchema, type Expected } from './expected.js';
export { expectedName, safeFileName } from './name.js';
export { DEFAULT_FAIL_ON, FAIL_ON, REQUIRABLE_FIELDS, parseList, type FailOn } from './rules.js';
export { buildReport, summaryLine, type ReportMeta } from './summary.js';
export * from './report-schema.js';
