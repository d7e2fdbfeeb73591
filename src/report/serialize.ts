export type OutputFormat = 'json' | 'jsonl' | 'pretty';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'pretty'];

/** One record as a JSON Lines line. Key order is the schema's (records come from `.parse()`). */
export function jsonlLine(record: unknown): string {
  return JSON.stringify(record) + '\n';
}

/** One record as an indented JSON document. */
export function jsonDocument(record: unknown): string {
  return JSON.stringify(record, null, 2) + '\n';
}
