// Times the real CLI as a user runs it, with peak RSS from GNU time.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/newsfacts.js', import.meta.url));

export interface CliTiming {
  seconds: number;
  peakRssMb: number;
  stdoutBytes: number;
}

export function timeCli(args: string[]): CliTiming {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', 'node', BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`newsfacts ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const rssKb = Number(r.stderr.trim().split('\n').pop());
  return { seconds, peakRssMb: rssKb / 1024, stdoutBytes: r.stdout.length };
}
