import type { Spec } from './spec.js';
import { dayNumber, parseIso } from './timex.js';

const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;

/**
 * "05/12/2025" is 5 December in most of the world and 12 May in the US; chrono reads it the US
 * way. When both numbers could be the month, the reading nearer the publication date wins (news
 * dates are near their story); otherwise the spec stays as parsed.
 */
export function readSlashDate(span: string, spec: Spec, reference: string | null): Spec {
  const m = SLASH.exec(span);
  if (!m || !reference || spec.k !== 'cal' || spec.year === undefined || spec.month === undefined || spec.day === undefined) return spec;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 || b > 12 || a === b) return spec;
  const ref = parseIso(reference);
  const refDay = dayNumber(ref.y, ref.m, ref.d);
  const distance = (month: number, day: number) => Math.abs(dayNumber(spec.year!, month, day) - refDay);
  return distance(spec.day, spec.month) < distance(spec.month, spec.day) ? { ...spec, month: spec.day, day: spec.month } : spec;
}
