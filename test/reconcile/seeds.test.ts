import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { EventsSchema, type Event } from '../../src/schema/events.js';
import { SEED_PATHS, seedArticles } from './seed-articles.js';

const out = reconcile(seedArticles());
const eventOf = (path: string): Event => out.events.find((e) => e.articles.includes(path))!;
const [e000, e002, e004] = [eventOf(SEED_PATHS[0]), eventOf(SEED_PATHS[2]), eventOf(SEED_PATHS[4])];
const official = (e: Event, surname: string) => e.officials.find((o) => o.name.endsWith(surname))!;
const conflictsOf = (e: Event, prefix: string) => e.conflicts.filter((c) => c.field.startsWith(prefix));

describe('reconcile on the seed articles (hand-built records)', () => {
  it('finds exactly three events: 000+001, 002+003, 004', () => {
    expect(out.events.map((e) => e.articles)).toEqual([
      [SEED_PATHS[2], SEED_PATHS[3]],
      [SEED_PATHS[0], SEED_PATHS[1]],
      [SEED_PATHS[4]],
    ]);
    expect(out.events.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
  });

  it('dates the events; 001 and 003 state no day and inherit it (basis cluster)', () => {
    expect(e000.date).toMatchObject({ value: '2026-01-24', basis: 'text' });
    expect(e000.date!.articles).toEqual([
      { article: SEED_PATHS[0], basis: 'text' },
      { article: SEED_PATHS[1], basis: 'cluster' },
    ]);
    expect(e002.date).toMatchObject({ value: '2025-12-06', basis: 'text' });
    expect(e002.date!.articles[1]).toEqual({ article: SEED_PATHS[3], basis: 'cluster' });
    expect(e002.date!.support[0].spans.map((s) => s.text)).toEqual(['Saturday']);
    expect(e004.date).toBeNull();
  });

  it("classifies Baker's titles: acting ambassador ≡ chargé d'affaires, bare ambassador a variant", () => {
    const baker = conflictsOf(e000, `officials[${official(e000, 'Baker').id}].title`);
    const eq = baker.find((c) => c.values.some((v) => v.value === 'US Chargé d’Affaires') && c.kind === 'equivalent');
    expect(eq?.values.map((v) => v.value).sort()).toEqual(['US Chargé d’Affaires', 'acting US Ambassador to Pakistan']);
    expect(eq?.resolution).toEqual({ value: 'US Chargé d’Affaires', rule: 'canonical-form' });
    expect(baker.find((c) => c.kind === 'variant')?.resolution.value).toBe('US Chargé d’Affaires');
    expect(official(e000, 'Baker').title).toMatchObject({ role: 'charge_d_affaires', country: 'US' });
    expect(official(e000, 'Baker').titles).toHaveLength(4);
  });

  it('flags "Mohin" as a typo of "Mohsin" (majority of independent articles)', () => {
    const naqvi = official(e004, 'Naqvi');
    expect(naqvi.name).toBe('Mohsin Naqvi');
    expect(naqvi.names.map((n) => n.value)).toEqual(['Mohin Naqvi']);
    const c = conflictsOf(e004, `officials[${naqvi.id}].name`)[0];
    expect(c.kind).toBe('typo');
    expect(c.resolution).toEqual({ value: 'Mohsin Naqvi', rule: 'majority-independent' });
    expect(c.values.find((v) => v.value === 'Mohin Naqvi')!.sources.map((s) => s.article)).toEqual([SEED_PATHS[4]]);
    expect(official(e000, 'Naqvi').name).toBe('Mohsin Naqvi');
  });

  it('merges 47% / 47 percent and 134 tonnes / 134 tons as equivalent, noting the ambiguous ton', () => {
    const pct = e000.figures.find((f) => f.unit === '%')!;
    expect(pct.support.map((s) => s.article)).toEqual([SEED_PATHS[0], SEED_PATHS[1]]);
    expect(conflictsOf(e000, `figures[${pct.id}]`)[0]).toMatchObject({ kind: 'equivalent', resolution: { value: '47%', rule: 'canonical-form' } });
    const mass = e002.figures.find((f) => f.quantity === 'mass')!;
    expect(mass.unit).toBe('t');
    const c = conflictsOf(e002, `figures[${mass.id}]`)[0];
    expect(c.kind).toBe('equivalent');
    expect(c.values.map((v) => v.value).sort()).toEqual(['134 tonnes', '134 tons']);
    expect(c.note).toMatch(/ton.*ambiguous/);
  });

  it('merges National Narcotics Coordination Centre / Center as equivalent', () => {
    const c = e002.conflicts.find((x) => x.field.startsWith('organizations') && x.values.some((v) => v.value.endsWith('Centre')));
    expect(c?.kind).toBe('equivalent');
    expect(e002.organizations.filter((o) => o.name.startsWith('National Narcotics'))).toHaveLength(1);
  });

  it('reports no genuine conflict among the seeds', () => {
    expect(out.events.flatMap((e) => e.conflicts).filter((c) => c.kind === 'genuine')).toEqual([]);
  });

  it('is schema-valid and independent of input order', () => {
    expect(() => EventsSchema.parse(out)).not.toThrow();
    expect(reconcile(seedArticles().reverse())).toEqual(out);
    const a = seedArticles();
    expect(reconcile([a[3], a[0], a[4], a[2], a[1]])).toEqual(out);
  });
});
