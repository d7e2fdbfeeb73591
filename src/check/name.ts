import type { Source } from '../schema/common.js';

/**
 * The expected file's base name for an input: the JSONL record's id, else the input file's
 * base name without extension (with the line number for a JSONL record without id), else
 * `stdin`. Made safe as a file name, so `--update` can only write inside `--expected`.
 */
export function expectedName(source: Source): string {
  if (source.id !== undefined && source.id !== '') return safeFileName(source.id);
  const path = source.path && source.path !== '-' ? source.path : null;
  if (!path) return 'stdin';
  const base = path.split(/[\\/]/).pop() ?? path;
  const stem = base.replace(/\.[^.]*$/, '') || base;
  return safeFileName(source.line !== undefined ? `${stem}-${source.line}` : stem);
}

/** Letters, digits, `.`, `_`, `-` only; never empty, never starting with a dot. */
export function safeFileName(name: string): string {
  const safe = name.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_').slice(0, 200);
  return safe || '_';
}
