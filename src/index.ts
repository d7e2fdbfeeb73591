/** The newsfacts library API: re-exports only. */
export { extractText, type ExtractOptions } from './extract.js';
export { processItem, processItems, type OutputRecord } from './batch/process.js';
export { readInputs, type SourceOptions } from './input/sources.js';
export { main } from './cli/main.js';
export { reconcile } from './reconcile/index.js';
export * from './check/index.js';
export * from './schema/index.js';
