import type { Source } from '../schema/common.js';
import type { InputMeta } from '../document/document.js';
import type { Article } from '../schema/article.js';
import type { ErrorRecord, ErrorCode } from '../schema/error.js';
import { ERROR_SCHEMA_ID } from '../schema/error.js';

/**
 * One unit of input, in input order: text to extract, an already-extracted article, an
 * article record's JSON text from the `--cache` folder (written by this same extractor
 * version, so it is emitted as it is), or an error.
 */
export type InputItem =
  | { kind: 'text'; source: Source; text: string; meta: InputMeta }
  | { kind: 'article'; article: Article }
  | { kind: 'cached'; json: string }
  | { kind: 'error'; record: ErrorRecord };

export function errorItem(source: Source, code: ErrorCode, message: string): InputItem {
  return { kind: 'error', record: { schema: ERROR_SCHEMA_ID, source, error: { code, message } } };
}

/** "name: reason" — the one-line message users see on stderr. */
export function describeError(record: ErrorRecord): string {
  const s = record.source;
  const where = s.path ? (s.line ? `${s.path}:${s.line}` : s.path) : (s.id ?? 'input');
  return `${where}: ${record.error.message}`;
}
