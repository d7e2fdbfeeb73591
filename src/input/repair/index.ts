import type { Document } from '../../document/document.js';
import { applyRepairs } from './apply.js';
import { boilerplatePass } from './boilerplate.js';
import { gluedWordsPass } from './glued-words.js';
import { mojibakePass } from './mojibake.js';
import type { RepairPass } from './pass.js';

/** The repair passes, in order, each reading the text the previous one left. */
export const REPAIR_PASSES: readonly RepairPass[] = [
  mojibakePass, // first: residue and glue detection need real characters, not "â€™"
  boilerplatePass, // then drop page residue so the glued-word trigger never counts it
  gluedWordsPass, // last: splits words on the cleaned article text
];

export function repairDocument(doc: Document): Document {
  return applyRepairs(doc, REPAIR_PASSES);
}
