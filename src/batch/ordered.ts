/**
 * Maps an async stream through an async function with at most `window` calls in flight,
 * yielding results in input order. Memory is bounded by the window, not the stream length.
 */
export async function* mapOrdered<T, R>(source: AsyncIterable<T>, window: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const item of source) {
    pending.push(fn(item));
    if (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}
