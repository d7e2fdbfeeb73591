import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractOptions } from '../extract.js';
import type { InputItem } from '../input/items.js';
import { ArticleSchema, type Article } from '../schema/article.js';
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

  get(key: string): Article | null {
    try {
      return ArticleSchema.parse(JSON.parse(readFileSync(this.path(key), 'utf8')));
    } catch {
      return null;
    }
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
