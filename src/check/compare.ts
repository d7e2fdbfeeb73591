import type { Article } from '../schema/article.js';
import { compareList } from './compare-list.js';
import { compareScalar, type ScalarView } from './compare-scalar.js';
import type { Expected } from './expected.js';
import { agreementView, dateView, figureView, personView, type FactView, type ViewOptions } from './fact-views.js';
import type { CheckResult, Finding } from './report-schema.js';

type Scalar = (a: Expected) => ScalarView | null | undefined;
type List = (a: Expected, o: ViewOptions) => FactView[] | undefined;

/** The single-valued fields `check` compares, in report order; `undefined` = absent from the expected file. */
const SCALARS: [string, Scalar][] = [
  ['title', (a) => a.title && { value: a.title.text, evidence: a.title.evidence }],
  ['outlet', (a) => a.outlet && { value: a.outlet.name, evidence: a.outlet.evidence }],
  ['published', (a) => a.published && { value: a.published.date, evidence: a.published.evidence }],
  ['dateline', (a) => a.dateline && { value: a.dateline.place, evidence: a.dateline.evidence }],
  ['eventDate', (a) => a.eventDate && { value: a.eventDate.date, evidence: a.eventDate.evidence }],
];

/** The list fields: dates by value, people by name + titles, figures by value + unit, agreements by parties + status. */
const LISTS: [string, List][] = [
  ['dates', (a, o) => a.dates?.map((d) => dateView(d, o))],
  ['people', (a, o) => a.people?.map((p) => personView(p, o))],
  ['figures', (a, o) => a.figures?.map((f) => figureView(f, o))],
  ['agreements', (a, o) => a.agreements?.map((g) => agreementView(g, o))],
];

export const COMPARED_FIELDS: readonly string[] = [...SCALARS, ...LISTS].map(([name]) => name);

/**
 * One check per field the expected record has (a field left out of a hand-written expected
 * file is not checked). Ids, `source`, evidence `basis` and — unless `strictSpans` — offsets
 * are ignored.
 */
export function compareArticle(expected: Expected, actual: Article, options: ViewOptions): CheckResult[] {
  const results: CheckResult[] = [];
  for (const [field, view] of SCALARS) {
    if (!(field in expected)) continue;
    results.push(result(field, compareScalar(field, view(expected) ?? null, view(actual) ?? null, options.strictSpans)));
  }
  for (const [field, view] of LISTS) {
    const e = view(expected, options);
    if (e === undefined) continue;
    results.push(result(field, compareList(field, e, view(actual, options) ?? [])));
  }
  return results;
}

function result(check: string, findings: Finding[]): CheckResult {
  return { check, status: findings.length ? 'fail' : 'pass', findings };
}
