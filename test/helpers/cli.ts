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
export async function runCli(argv: string[], options: { stdin?: string | Buffer; tty?: boolean; env?: Record<string, string> } = {}): Promise<CliRun> {
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const stdout = new Collect();
  const stderr = new Collect();
  stdout.isTTY = options.tty;
  const io: CliIO = { stdin, stdout, stderr, env: options.env ?? {}, cwd: process.cwd() };
  const code = await main(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export function jsonLines(s: string): Record<string, unknown>[] {
  return s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}
