import type { Article } from '../schema/article.js';
import type { CheckResult, CheckStatus } from './report-schema.js';

/** `--require` names → "is the field present?" (`officials`: at least one person with a title). */
const REQUIRABLE: Record<string, (a: Article) => boolean> = {
  title: (a) => a.title !== null,
  outlet: (a) => a.outlet !== null,
  published: (a) => a.published !== null,
  dateline: (a) => a.dateline !== null,
  eventDate: (a) => a.eventDate !== null,
  dates: (a) => a.dates.length > 0,
  people: (a) => a.people.length > 0,
  officials: (a) => a.people.some((p) => p.titles.length > 0),
  organizations: (a) => a.organizations.length > 0,
  places: (a) => a.places.length > 0,
  figures: (a) => a.figures.length > 0,
  agreements: (a) => a.agreements.length > 0,
};
export const REQUIRABLE_FIELDS: readonly string[] = Object.keys(REQUIRABLE);

/**
 * What `--fail-on` can make fatal. `error`: an input that could not be read or extracted;
 * `missing-field`: a `--require`d field is absent; `genuine-conflict`: reconcile finds sources
 * that genuinely disagree. A finding whose kind is not listed is reported as a warning.
 */
export const FAIL_ON = ['error', 'missing-field', 'genuine-conflict'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const DEFAULT_FAIL_ON: readonly FailOn[] = ['error', 'missing-field'];

/** Parses a comma-separated list against the allowed names; throws a message naming the bad one. */
export function parseList<T extends string>(value: string, allowed: readonly T[], what: string): T[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (!names.length) throw new Error(`expected a comma-separated list of ${what}: ${allowed.join(', ')}.`);
  for (const n of names) if (!allowed.includes(n as T)) throw new Error(`unknown ${what} "${n}" (expected ${allowed.join(', ')}).`);
  return [...new Set(names)] as T[];
}

/** One `require:<field>` check per required field. */
export function requireChecks(article: Article, fields: readonly string[], failOn: readonly FailOn[]): CheckResult[] {
  const bad: CheckStatus = failOn.includes('missing-field') ? 'fail' : 'warn';
  return fields.map((field) => {
    if (REQUIRABLE[field](article)) return { check: `require:${field}`, status: 'pass', findings: [] };
    const message = `${field}: required but missing`;
    return { check: `require:${field}`, status: bad, findings: [{ kind: 'missing-field', field, message, expected: null, actual: null, spans: [] }] };
  });
}
