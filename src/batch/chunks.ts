/**
 * Groups a stream into arrays of up to `size` items, in order. The first groups are smaller
 * (1, 2, 4, … items) so that a short input still spreads over every worker.
 */
export async function* chunked<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let target = 1;
  let chunk: T[] = [];
  for await (const item of source) {
    chunk.push(item);
    if (chunk.length < target) continue;
    yield chunk;
    chunk = [];
    target = Math.min(size, target * 2);
  }
  if (chunk.length) yield chunk;
}
