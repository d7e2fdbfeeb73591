import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

class Collect extends Writable {
  chunks: string[] = [];
  isTTY?: boolean;
  _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.chunks.push(chunk.toString());
    cb();
  }
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with fake streams (stdout and stderr TTY-ness set separately), in `cwd`. */
export async function run(argv: string[], o: { cwd?: string; env?: Record<string, string>; tty?: boolean; stderrTty?: boolean; stdin?: string } = {}): Promise<Run> {
  const stdin = new PassThrough();
  stdin.end(o.stdin ?? '');
  const stdout = new Collect();
  const stderr = new Collect();
  stdout.isTTY = o.tty;
  stderr.isTTY = o.stderrTty;
  const io: CliIO = { stdin, stdout, stderr, env: o.env ?? {}, cwd: o.cwd ?? process.cwd() };
  const code = await main(argv, io);
  return { code, stdout: stdout.chunks.join(''), stderr: stderr.chunks.join('') };
}

export const ARTICLES = fileURLToPath(new URL('../../fixtures/check/articles/', import.meta.url));

/** A fresh temp workspace: `articles/` (the fixture dataset, plus `extra` files) and an `expected/` path (not created). */
export function workspace(extra: Record<string, string | Buffer> = {}): { root: string; articles: string; expected: string } {
  const root = mkdtempSync(join(tmpdir(), 'newsfacts-check-'));
  const articles = join(root, 'articles');
  cpSync(ARTICLES, articles, { recursive: true });
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(articles, name), content);
  return { root, articles, expected: join(root, 'expected') };
}
