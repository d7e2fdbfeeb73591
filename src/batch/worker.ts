import type { ExtractOptions } from '../extract.js';
import type { InputItem } from '../input/items.js';
import { processItem, type OutputRecord } from './process.js';

/** Worker-thread entry: models and lexicons load once per worker, on its first item. */
export default function run({ item, options }: { item: InputItem; options: ExtractOptions }): OutputRecord {
  return processItem(item, options);
}
