import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractOptions } from '../extract.js';
import type { InputItem } from '../input/items.js';
import { ARTICLE_SCHEMA_ID } from '../schema/article.js';
import { extractorFingerprint } from './fingerprint.js';

/** Article records on disk, keyed by content hash + input metadata + options + extractor version. */
export class ArticleCache {
  constructor(private readonly dir: string) {}

  key(item: Extract<InputItem, { kind: 'text' }>, options: ExtractOptions): string {
    const h = createHash('sha256');
    h.update(extractorFingerprint());
    h.update(JSON.stringify([item.source, item.meta, options.published ?? null, options.repair !== false]));
    h.update(item.text);
    return h.digest('hex');
  }

  /**
   * The stored record's JSON text, or null. The key covers the extractor's code and data, so
   * the record was made (and schema-checked) by this very extractor; files are renamed into
   * place whole, and one that is not a whole article record is treated as a miss.
   */
  get(key: string): string | null {
    let json: string;
    try {
      json = readFileSync(this.path(key), 'utf8');
    } catch {
      return null;
    }
    return json.startsWith(`{"schema":"${ARTICLE_SCHEMA_ID}"`) && json.endsWith('}') ? json : null;
  }

  /** Stores a record's JSON text (as serialised for output: the same bytes come back). */
  put(key: string, json: string): void {
    const path = this.path(key);
    mkdirSync(join(path, '..'), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, json);
    renameSync(tmp, path);
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
