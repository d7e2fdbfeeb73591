/**
 * Writes the pre-built tables of data/prebuilt/ from their source files (`npm run data:build`).
 * Run it after editing data/words/en-wikipedia-ranked.txt or data/ner/gazetteers/*; until then
 * the loaders see the stale digest and build from the sources (slower start, same output), and
 * test/data/prebuilt.test.ts fails as a reminder.
 */
import { loadTextData } from '../src/data-files.js';
import { writePrebuilt } from '../src/data-prebuilt.js';
import { encodeWordTable, WORD_TABLE_FILE } from '../src/input/repair/word-table-file.js';
import { encodeGazetteer, GAZETTEER_FILE } from '../src/ner/gazetteer-file.js';
import { buildShippedGazetteer, shippedGazetteerSources } from '../src/ner/gazetteer.js';

writePrebuilt(WORD_TABLE_FILE, encodeWordTable(loadTextData('words/en-wikipedia-ranked.txt')));
const sources = shippedGazetteerSources();
writePrebuilt(GAZETTEER_FILE, encodeGazetteer(sources, buildShippedGazetteer(sources)));
console.log(`wrote data/prebuilt/${WORD_TABLE_FILE}, data/prebuilt/${GAZETTEER_FILE}`);
