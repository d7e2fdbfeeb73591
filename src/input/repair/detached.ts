/**
 * A copy of `s` that does not keep the text it was sliced from alive. V8 keeps a slice of 13 or
 * more characters as a view into its parent, so a per-process memo keyed by slices would pin
 * whole articles in memory until it is cleared; shorter slices are copies already.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
