import type { Article } from '../schema/article.js';
import { ERROR_SCHEMA_ID, type ErrorRecord } from '../schema/error.js';

export type OutputRecord = Article | ErrorRecord;

/**
 * One output record as a batch emits it: its JSON text (the JSONL line without the newline),
 * serialised where the record was made. A worker sends this string back instead of the record
 * object, so the main thread neither structured-clones nor re-serialises anything. `error` is
 * set for error records (stderr reports them); `record` only when the object is at hand.
 */
export interface Emitted {
  json: string;
  error: ErrorRecord | null;
  record?: OutputRecord;
}

export function emit(record: OutputRecord): Emitted {
  const error = record.schema === ERROR_SCHEMA_ID ? record : null;
  return { json: JSON.stringify(record), error, record };
}

/** The record object: the one at hand, else parsed back from its JSON (the same plain data). */
export function recordOf(emitted: Emitted): OutputRecord {
  return emitted.record ?? emitted.error ?? (JSON.parse(emitted.json) as OutputRecord);
}
