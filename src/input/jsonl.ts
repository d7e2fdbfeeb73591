import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { ArticleSchema, ARTICLE_SCHEMA_ID } from '../schema/article.js';
import type { InputMeta } from '../document/document.js';
import { ErrorRecordSchema, ERROR_SCHEMA_ID } from '../schema/error.js';
import { checkText } from './decode.js';
import { errorItem, type InputItem } from './items.js';

/** Reads JSON Lines records `{id, text, published?, url?, outlet?, title?}` or extracted article records. */
export async function* readJsonl(stream: Readable, path: string): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    if (raw.trim() === '') continue;
    yield parseRecord(raw, path, line);
  }
}

export function parseRecord(raw: string, path: string, line: number): InputItem {
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch (e) {
    return errorItem({ path, line }, 'jsonl-malformed', `line ${line}: malformed JSON (${(e as Error).message})`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return errorItem({ path, line }, 'jsonl-malformed', `line ${line}: not a JSON object`);
  }
  const r = record as Record<string, unknown>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : undefined;
  if (r.schema === ARTICLE_SCHEMA_ID) {
    const parsed = ArticleSchema.safeParse(r);
    if (parsed.success) return { kind: 'article', article: parsed.data };
    return errorItem({ path, line, id }, 'jsonl-malformed', `line ${line}: invalid ${ARTICLE_SCHEMA_ID} record`);
  }
  if (r.schema === ERROR_SCHEMA_ID) {
    // An error record `extract` wrote stays that input's error.
    const parsed = ErrorRecordSchema.safeParse(r);
    if (parsed.success) return { kind: 'error', record: parsed.data };
  }
  const source = { path, line, ...(id !== undefined ? { id } : {}), ...(typeof r.url === 'string' ? { url: r.url } : {}) };
  if (typeof r.text !== 'string') return errorItem(source, 'jsonl-missing-text', `line ${line}: record has no "text" string`);
  const checked = checkText(r.text);
  if (!checked.ok) return errorItem(source, checked.code, `line ${line}: ${checked.message}`);
  return { kind: 'text', source, text: checked.text, meta: recordMeta(r) };
}

function recordMeta(r: Record<string, unknown>): InputMeta {
  const meta: InputMeta = {};
  const published = typeof r.published === 'string' ? /^(\d{4}-\d{2}-\d{2})/.exec(r.published)?.[1] : undefined;
  if (published && !Number.isNaN(Date.parse(published))) meta.published = published;
  if (typeof r.url === 'string') meta.url = r.url;
  if (typeof r.outlet === 'string' && r.outlet.trim()) meta.outlet = r.outlet.trim();
  if (typeof r.title === 'string' && r.title.trim()) meta.title = r.title.trim();
  return meta;
}
