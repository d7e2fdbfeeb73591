// The naive library pipeline as a command, for the bench: reads the same JSONL corpus as
// `newsfacts extract --jsonl`, runs compromise over each whole article (people, places,
// organizations, numbers, with offsets) and chrono.parse, and writes one JSON line per article.
// Plain JavaScript run by node, so it pays the same start-up as the newsfacts binary, no more.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import nlp from 'compromise';
import * as chrono from 'chrono-node';

const lines = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { id, text, published } = JSON.parse(line);
  const doc = nlp(text);
  const opts = { offset: true };
  const record = {
    id,
    people: doc.people().json(opts),
    places: doc.places().json(opts),
    organizations: doc.organizations().json(opts),
    numbers: doc.numbers().json(opts),
    dates: chrono.parse(text, published ? new Date(`${published}T12:00:00Z`) : new Date()).map((r) => ({ index: r.index, text: r.text, start: r.start.date().toISOString() })),
  };
  if (!process.stdout.write(JSON.stringify(record) + '\n')) await new Promise((resolve) => process.stdout.once('drain', resolve));
}
