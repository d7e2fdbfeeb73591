import type { InputItem } from '../input/items.js';
import { ErrorRecordSchema } from '../schema/error.js';
import { emit, type Emitted, type OutputRecord } from './emitted.js';

export type SettledItem = Exclude<InputItem, { kind: 'text' }>;

/**
 * The record of an item that needs no extraction (an input error, a cached or pre-extracted
 * article). Kept apart from `process.ts` so a pool's main thread never loads the pipeline.
 */
export function settledRecord(item: SettledItem): OutputRecord {
  if (item.kind === 'cached') return JSON.parse(item.json) as OutputRecord;
  return item.kind === 'error' ? ErrorRecordSchema.parse(item.record) : item.article;
}

/** The emitted form of such an item: a cached record's JSON text goes out unparsed. */
export function settledEmitted(item: SettledItem): Emitted {
  return item.kind === 'cached' ? { json: item.json, error: null } : emit(settledRecord(item));
}
