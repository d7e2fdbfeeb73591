import type { Edit } from '../../document/offset-map.js';
import type { Repair } from '../../schema/article.js';

/**
 * One kind of input repair. `find` looks at the current text (already repaired by earlier
 * passes) and returns edits in that text's coordinates; it must return [] for clean text.
 * The runner applies the edits, composes the offset map and records `repairs[]` with
 * spans in the ORIGINAL text.
 */
export interface RepairPass {
  kind: Repair['kind'];
  find(text: string): Edit[];
}
