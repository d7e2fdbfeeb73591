import { lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseExpected, type Expectation } from '../check/index.js';
import type { Article } from '../schema/article.js';
import { jsonDocument } from '../report/serialize.js';

/** The expected-files folder of `check --expected`: reads expectations, and with `--update` writes them — only inside the folder. */
export class ExpectedDir {
  readonly root: string;
  private readonly seen = new Set<string>();

  constructor(dir: string, cwd: string) {
    this.root = resolve(cwd, dir);
  }

  /** The file for a name, refusing anything that would land outside the folder. */
  private fileFor(name: string): string {
    const file = join(this.root, `${name}.json`);
    if (dirname(file) !== this.root) throw new Error(`refusing to use ${file}: outside ${this.root}`);
    return file;
  }

  /** Marks a name as used; false when an earlier input already maps to it. */
  claim(name: string): boolean {
    if (this.seen.has(name)) return false;
    this.seen.add(name);
    return true;
  }

  async read(name: string): Promise<Expectation> {
    const file = `${name}.json`;
    if (!this.claim(name)) return { kind: 'duplicate', file };
    let text: string;
    try {
      text = await readFile(this.fileFor(name), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing', file };
      return { kind: 'invalid', file, message: `cannot read: ${(e as Error).message}` };
    }
    const parsed = parseExpected(text);
    return parsed.ok ? { kind: 'found', value: parsed.value } : { kind: 'invalid', file, message: parsed.message };
  }

  /** Writes the article record as `extract` writes it (pretty JSON); touches the file only when it changes. */
  async write(name: string, article: Article): Promise<'created' | 'updated' | 'unchanged'> {
    const file = this.fileFor(name);
    const content = jsonDocument(article);
    await mkdir(this.root, { recursive: true });
    const before = await lstat(file).catch(() => null);
    if (before?.isSymbolicLink()) throw new Error(`refusing to write through the symbolic link ${file}`);
    if (before && (await readFile(file, 'utf8')) === content) return 'unchanged';
    await writeFile(file, content, 'utf8');
    return before ? 'updated' : 'created';
  }

  /** Expected files no input claimed, sorted. */
  async unmatched(): Promise<string[]> {
    const entries = await readdir(this.root).catch(() => [] as string[]);
    return entries
      .filter((f) => f.endsWith('.json') && !this.seen.has(f.slice(0, -5)))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
}
