import { describe, expect, it } from 'vitest';
import { loadJsonData } from '../../src/data-files.js';
import { ontology } from '../../src/reconcile/title-ontology.js';
import { foldSpelling } from '../../src/reconcile/fold.js';

describe('reconcile data files', () => {
  it('title ontology: every role names a function, generalizes known functions, qualifiers have known effects', () => {
    const o = ontology();
    const functions = new Set([...o.roles.values()].flatMap((r) => [r.function, ...Object.values(r.byCountry ?? {}).map((x) => x.function)]));
    for (const [role, r] of o.roles) {
      expect(role).toMatch(/^[a-z_]+$/);
      expect(typeof r.formality).toBe('number');
      expect([null, true, false]).toContain(r.acting);
      for (const g of r.generalizes ?? []) if (g !== '*') expect(functions.has(g) || o.roles.has(g), `${role} generalizes ${g}`).toBe(true);
    }
    for (const effect of o.qualifiers.values()) expect(['acting', 'titular', 'decorative', 'distinct']).toContain(effect);
    expect(o.portfolios.get('home_affairs')).toBe('interior');
    expect(o.honorifics.has('mr')).toBe(true);
  });

  it('unit table: positive factors; an ambiguous unit lists its default reading and a note', () => {
    const u = loadJsonData<{ units: Record<string, { dimension: string; factor: number; ambiguous?: number[]; note?: string }> }>('reconcile-units.json').units;
    for (const [name, e] of Object.entries(u)) {
      expect(e.factor, name).toBeGreaterThan(0);
      expect(e.dimension, name).toBeTruthy();
      if (e.ambiguous) {
        expect(e.ambiguous).toContain(e.factor);
        expect(e.note).toBeTruthy();
      }
    }
    expect(u.ton.ambiguous).toHaveLength(3);
  });

  it('spelling variants fold one way (no chains)', () => {
    const w = loadJsonData<{ words: Record<string, string[]> }>('reconcile-spelling.json').words;
    for (const [folded, variants] of Object.entries(w)) {
      expect(foldSpelling(folded)).toBe(folded);
      for (const v of variants) expect(foldSpelling(v)).toBe(folded);
    }
  });
});
