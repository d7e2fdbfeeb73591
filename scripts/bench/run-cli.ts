// Times the real CLI as a user runs it, with peak RSS from GNU time.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/newsfacts.js', import.meta.url));
/** The naive compromise + chrono pipeline as a command over the same corpus (see naive-extract.mjs). */
export const NAIVE = fileURLToPath(new URL('./naive-extract.mjs', import.meta.url));

export interface CliTiming {
  seconds: number;
  /** User + system CPU seconds of all the run's threads (less sensitive to other load than wall time). */
  cpuSeconds: number;
  peakRssMb: number;
  stdoutBytes: number;
}

/** Times `node <script> ...args` (the newsfacts binary unless another script is given). */
export function timeCli(args: string[], script = BIN): CliTiming {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', 'node', script, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const [rssKb, user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds, cpuSeconds: user + sys, peakRssMb: rssKb / 1024, stdoutBytes: r.stdout.length };
}

/**
 * Wall seconds of `copies` CLI runs started together. Two single-thread runs side by side,
 * against one alone, show what two cores can give on this machine right now: a lone process
 * already uses the second core for V8's GC and JIT threads, and other users' load counts too.
 */
export async function timeCliSideBySide(args: string[], copies: number): Promise<number> {
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: copies }, () =>
      new Promise<void>((resolve, reject) => {
        const child = spawn('node', [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`newsfacts ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`))));
      }),
    ),
  );
  return (performance.now() - t0) / 1000;
}
