import { extractText, type ExtractOptions } from '../extract.js';
import type { InputItem } from '../input/items.js';
import { ERROR_SCHEMA_ID, ErrorRecordSchema } from '../schema/error.js';
import type { OutputRecord } from './emitted.js';
import { settledRecord } from './settled.js';

export type { OutputRecord };

/** One input item → its record. An extractor bug becomes an error record for that input only. */
export function processItem(item: InputItem, options: ExtractOptions): OutputRecord {
  if (item.kind !== 'text') return settledRecord(item);
  try {
    return extractText(item.text, item.source, item.meta, options);
  } catch (e) {
    return ErrorRecordSchema.parse({ schema: ERROR_SCHEMA_ID, source: item.source, error: { code: 'extract-failed', message: `extraction failed: ${(e as Error).message}` } });
  }
}

/** Records in input order, streamed: memory does not grow with the number of inputs. */
export async function* processItems(items: AsyncIterable<InputItem>, options: ExtractOptions): AsyncGenerator<OutputRecord> {
  for await (const item of items) yield processItem(item, options);
}
