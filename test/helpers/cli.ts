import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

class Collect extends Writable {
  chunks: string[] = [];
  isTTY?: boolean;
  _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.chunks.push(chunk.toString());
    cb();
  }
  get text(): string {
    return this.chunks.join('');
  }
}

/** Runs the CLI in-process with fake streams. */
export interface CliRunOptions {
  stdin?: string | Buffer;
  /** stdout is a terminal. */
  tty?: boolean;
  /** stderr is a terminal. */
  stderrTty?: boolean;
  env?: Record<string, string>;
  cwd?: string;
}

export async function runCli(argv: string[], options: CliRunOptions = {}): Promise<CliRun> {
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const stdout = new Collect();
  const stderr = new Collect();
  stdout.isTTY = options.tty;
  stderr.isTTY = options.stderrTty;
  const io: CliIO = { stdin, stdout, stderr, env: options.env ?? {}, cwd: options.cwd ?? process.cwd() };
  const code = await main(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export function jsonLines(s: string): Record<string, unknown>[] {
  return s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}
