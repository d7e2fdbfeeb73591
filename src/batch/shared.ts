/**
 * Maps a stream through two kinds of runner, yielding results in input order: `remote` (the
 * worker pool) while it has fewer than `room` calls in flight, else `local` (this thread).
 * This thread thus works too, instead of only waiting, and the pool never queues more than
 * `room` calls. At most `window` results wait for an earlier one, so memory stays bounded.
 */
export async function* mapShared<T, R>(
  source: AsyncIterable<T>,
  { room, window }: { room: number; window: number },
  remote: (item: T) => Promise<R>,
  local: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  let inFlight = 0;
  const pending: Promise<R>[] = [];
  for await (const item of source) {
    if (inFlight < room) {
      inFlight++;
      pending.push(remote(item).finally(() => inFlight--));
    } else {
      pending.push(Promise.resolve(await local(item)));
      // Let the workers' answers in (they arrive as events) before the next local item.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (pending.length >= window) yield await pending.shift()!;
    while (pending.length && (await settledNow(pending[0]))) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}

const UNSETTLED = Symbol('unsettled');
/** Whether a promise has already settled (answered within this microtask turn). */
async function settledNow(promise: Promise<unknown>): Promise<boolean> {
  return (await Promise.race([promise.then(() => true, () => true), Promise.resolve(UNSETTLED)])) !== UNSETTLED;
}
