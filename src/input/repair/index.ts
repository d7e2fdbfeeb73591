import type { Document } from '../../document/document.js';
import { applyRepairs } from './apply.js';
import { boilerplatePass } from './boilerplate.js';
import type { RepairPass } from './pass.js';

/**
 * The repair passes, in order: page residue is dropped first so later passes never see it.
 * (Mojibake and glued-word passes join this list when issue 7 lands.)
 */
export const REPAIR_PASSES: readonly RepairPass[] = [boilerplatePass];

export function repairDocument(doc: Document): Document {
  return applyRepairs(doc, REPAIR_PASSES);
}
