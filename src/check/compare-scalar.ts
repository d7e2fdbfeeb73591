import type { Span } from '../schema/common.js';
import type { Finding } from './report-schema.js';

/** A single-valued field reduced to what `check` compares, or null when the article has none. */
export interface ScalarView {
  value: string;
  evidence: Span | null;
}

/** Expected vs actual value of one single-valued field (title, outlet, published, dateline, eventDate). */
export function compareScalar(field: string, expected: ScalarView | null, actual: ScalarView | null, strictSpans: boolean): Finding[] {
  const e = expected && show(expected, strictSpans);
  const a = actual && show(actual, strictSpans);
  if (e === a) return [];
  const spans = [actual?.evidence ?? expected?.evidence].filter((s): s is Span => !!s).map((s) => ({ start: s.start, end: s.end, text: s.text }));
  if (e === null) return [{ kind: 'unexpected', field, message: `${field}: unexpected ${a}`, expected: null, actual: a, spans }];
  if (a === null) return [{ kind: 'missing', field, message: `${field}: missing ${e}`, expected: e, actual: null, spans }];
  return [{ kind: 'changed', field, message: `${field}: changed ${e} → ${a}`, expected: e, actual: a, spans }];
}

function show(v: ScalarView, strictSpans: boolean): string {
  const where = strictSpans && v.evidence ? ` @${v.evidence.start}-${v.evidence.end}` : '';
  return JSON.stringify(v.value) + where;
}
