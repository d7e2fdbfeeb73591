import type { InputItem } from '../input/items.js';
import { ErrorRecordSchema } from '../schema/error.js';
import type { OutputRecord } from './emitted.js';

export type SettledItem = Exclude<InputItem, { kind: 'text' }>;

/**
 * The record of an item that needs no extraction (an input error, a cached or pre-extracted
 * article). Kept apart from `process.ts` so a pool's main thread never loads the pipeline.
 */
export function settledRecord(item: SettledItem): OutputRecord {
  return item.kind === 'error' ? ErrorRecordSchema.parse(item.record) : item.article;
}
