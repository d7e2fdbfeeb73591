/**
 * Writes the pre-built tables of data/prebuilt/ from their source files (`npm run data:build`).
 * Run it after editing data/words/en-wikipedia-ranked.txt or data/ner/gazetteers/* or retraining data/ner/model.bin; until then
 * the loaders see the stale digest and build from the sources (slower start, same output), and
 * test/data/prebuilt.test.ts fails as a reminder.
 */
import { readFileSync } from 'node:fs';
import { dataPath, loadTextData } from '../src/data-files.js';
import { decodeModel } from '../src/ner/model.js';
import { encodeNerModel, NER_MODEL_FILE } from '../src/ner/ner-model-file.js';
import { MODEL_FILE } from '../src/ner/tagger.js';
import { writePrebuilt } from '../src/data-prebuilt.js';
import { encodeWordTable, WORD_TABLE_FILE } from '../src/input/repair/word-table-file.js';
import { encodeGazetteer, GAZETTEER_FILE } from '../src/ner/gazetteer-file.js';
import { buildShippedGazetteer, shippedGazetteerSources } from '../src/ner/gazetteer.js';

writePrebuilt(WORD_TABLE_FILE, encodeWordTable(loadTextData('words/en-wikipedia-ranked.txt')));
const sources = shippedGazetteerSources();
writePrebuilt(GAZETTEER_FILE, encodeGazetteer(sources, buildShippedGazetteer(sources)));
const modelBytes = readFileSync(dataPath(MODEL_FILE));
writePrebuilt(NER_MODEL_FILE, encodeNerModel(modelBytes, decodeModel(modelBytes)));
console.log(`wrote data/prebuilt/: ${WORD_TABLE_FILE}, ${GAZETTEER_FILE}, ${NER_MODEL_FILE}`);
