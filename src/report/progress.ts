import type { CliIO } from '../cli/io.js';

const EVERY_MS = 200;

/** A one-line progress counter on stderr: only on a TTY, never with --quiet or in CI. */
export class Progress {
  private count = 0;
  private failed = 0;
  private last = 0;
  private readonly on: boolean;

  constructor(
    private readonly io: CliIO,
    quiet: boolean,
    private readonly noun = 'articles',
  ) {
    this.on = io.stderr.isTTY === true && !quiet && !io.env.CI;
  }

  tick(failed: boolean): void {
    this.count++;
    if (failed) this.failed++;
    if (!this.on) return;
    const now = Date.now();
    if (now - this.last < EVERY_MS) return;
    this.last = now;
    this.io.stderr.write(`\r${this.line()}`);
  }

  /** Clears the progress line. */
  end(): void {
    if (this.on && this.last) this.io.stderr.write('\r\u001b[2K');
  }

  line(): string {
    return `${this.count} ${this.noun}${this.failed ? `, ${this.failed} failed` : ''}`;
  }
}
