import type { ExtractOptions } from '../extract.js';
import type { InputItem } from '../input/items.js';
import { emit, type Emitted } from './emitted.js';
import { processItem } from './process.js';

export interface WorkerTask {
  items: InputItem[];
  options: ExtractOptions;
}

/**
 * Worker-thread entry: several items per task (fewer messages), each answered with its JSON
 * text, which is all the main thread writes. Models and lexicons load once per worker.
 */
export default function run({ items, options }: WorkerTask): Emitted[] {
  return items.map((item) => {
    const { json, error } = emit(processItem(item, options));
    return { json, error };
  });
}
