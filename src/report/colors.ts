import { Chalk, type ChalkInstance } from 'chalk';

/** Colours only on a TTY, never with NO_COLOR (chalk 5 alone does not honour NO_COLOR); FORCE_COLOR forces. */
export function colorsFor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): ChalkInstance {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const on = forced || (stream.isTTY === true && env.NO_COLOR === undefined && env.TERM !== 'dumb');
  return new Chalk({ level: on && env.NO_COLOR === undefined ? 1 : 0 });
}
