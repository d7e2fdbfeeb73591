// The naive library pipeline newsfacts is compared with: compromise over the whole article + chrono.parse.
import nlp from 'compromise';
import * as chrono from 'chrono-node';

export function naiveExtract(text: string, reference: Date): number {
  const doc = nlp(text);
  const found = [doc.people().json(), doc.places().json(), doc.organizations().json(), doc.numbers().json()];
  const dates = chrono.parse(text, reference);
  return found.reduce((n, list) => n + list.length, 0) + dates.length;
}

/** Articles per second of the naive pipeline on one core, over the given texts. */
export function baselineRate(texts: string[]): number {
  const reference = new Date(Date.UTC(2025, 11, 7));
  naiveExtract(texts[0], reference); // warm-up outside the timing
  const t0 = performance.now();
  for (const t of texts) naiveExtract(t, reference);
  return texts.length / ((performance.now() - t0) / 1000);
}
