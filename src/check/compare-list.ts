import type { Finding } from './report-schema.js';
import { byCodeUnit, type FactView } from './fact-views.js';

/**
 * Expected vs actual facts of one list field, as multisets of keys (order, ids and — unless
 * strict — offsets do not matter). Leftovers that share an anchor become `changed`; the rest
 * are `missing` or `unexpected`. Findings come in a stable order.
 */
export function compareList(field: string, expected: FactView[], actual: FactView[]): Finding[] {
  const pool = new Map<string, FactView[]>();
  for (const a of actual) push(pool, a.key, a);
  const missing: FactView[] = [];
  for (const e of expected) {
    const same = pool.get(e.key);
    if (same?.length) same.shift();
    else missing.push(e);
  }
  const unexpected = [...pool.values()].flat().sort((x, y) => order(x, y));
  const byAnchor = new Map<string, FactView[]>();
  for (const u of unexpected) push(byAnchor, u.anchor, u);
  const findings: Finding[] = [];
  for (const m of missing.sort(order)) {
    const partner = byAnchor.get(m.anchor)?.shift();
    if (partner) {
      findings.push(finding('changed', field, `changed ${m.display} → ${partner.display}`, m, partner));
    } else findings.push(finding('missing', field, `missing ${m.display}`, m, null));
  }
  for (const rest of byAnchor.values()) for (const u of rest) findings.push(finding('unexpected', field, `unexpected ${u.display}`, null, u));
  return findings.sort((a, b) => (a.spans[0]?.start ?? -1) - (b.spans[0]?.start ?? -1) || kindRank(a) - kindRank(b) || byCodeUnit(a.message, b.message));
}

function finding(kind: Finding['kind'], field: string, message: string, expected: FactView | null, actual: FactView | null): Finding {
  const span = actual?.span ?? expected?.span ?? null;
  return { kind, field, message: `${field}: ${message}`, expected: expected?.display ?? null, actual: actual?.display ?? null, spans: span ? [span] : [] };
}

function push(map: Map<string, FactView[]>, key: string, v: FactView): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

function order(a: FactView, b: FactView): number {
  return (a.span?.start ?? -1) - (b.span?.start ?? -1) || byCodeUnit(a.key, b.key);
}

const RANK = { changed: 0, missing: 1, unexpected: 2 } as Record<string, number>;
function kindRank(f: Finding): number {
  return RANK[f.kind] ?? 3;
}
