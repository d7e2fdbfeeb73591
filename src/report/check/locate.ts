import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { decodeBytes } from '../../input/decode.js';
import type { Source, Span } from '../../schema/common.js';
import { LineIndex } from './line-index.js';

/** Where a finding is, for an annotation: the file and, when it can be computed, the line/col range. */
export interface Location {
  file: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
}

export type Locator = (source: Source, span: Span | undefined) => Location | null;

/**
 * Locations from spans. Article records carry only offsets, so the source file is read (once)
 * and decoded as `extract` decodes it; line/col are given only when the span's text is still
 * at its offsets. A JSONL record is located at its line. `root` (the workspace) makes paths
 * relative, as GitHub expects.
 */
export function fileLocator(cwd: string, root: string = cwd): Locator {
  const indexes = new Map<string, LineIndex | null>();
  const indexOf = (path: string): LineIndex | null => {
    if (!indexes.has(path)) indexes.set(path, readIndex(path, cwd));
    return indexes.get(path) ?? null;
  };
  return (source, span) => {
    if (!source.path || source.path === '-') return null;
    const file = displayPath(source.path, cwd, root);
    if (source.line !== undefined) return { file, line: source.line };
    const index = indexOf(source.path);
    if (!span || !index || index.text.slice(span.start, span.end) !== span.text) return { file };
    const a = index.position(span.start);
    const b = index.position(Math.max(span.start, span.end - 1));
    return { file, line: a.line, col: a.col, endLine: b.line, endColumn: b.col };
  };
}

function readIndex(path: string, cwd: string): LineIndex | null {
  try {
    const full = isAbsolute(path) ? path : `${cwd}${sep}${path}`;
    if (!statSync(full).isFile()) return null;
    const decoded = decodeBytes(readFileSync(full), Number.MAX_SAFE_INTEGER);
    return decoded.ok ? new LineIndex(decoded.text) : null;
  } catch {
    return null;
  }
}

/** A path relative to the workspace root when it lies inside it, with forward slashes. */
function displayPath(path: string, cwd: string, root: string): string {
  const full = isAbsolute(path) ? path : `${cwd}${sep}${path}`;
  const rel = relative(root, full);
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  return (inside ? rel : path).split(sep).join('/');
}
