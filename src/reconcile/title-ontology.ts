import { loadJsonData } from '../data-files.js';

export interface RoleEntry {
  function: string;
  acting: boolean | null;
  formality: number;
  generalizes?: string[];
  /** ISO country → the entry to use there (the same word names another office). */
  byCountry?: Record<string, Omit<RoleEntry, 'byCountry'>>;
}

export type QualifierEffect = 'acting' | 'titular' | 'decorative' | 'distinct';

interface OntologyFile {
  roles: Record<string, RoleEntry>;
  qualifiers: Record<string, { effect: QualifierEffect } | string>;
  portfolios: Record<string, string[] | string>;
  honorifics: string[];
  nameSuffixes: string[];
  portfolioFamilies?: { families: string[][] };
}

export interface Ontology {
  roles: Map<string, RoleEntry>;
  qualifiers: Map<string, QualifierEffect>;
  /** Portfolio alias → canonical portfolio. */
  portfolios: Map<string, string>;
  /** Canonical portfolio → its family number: portfolios one ministry often holds together. */
  portfolioFamily: Map<string, number>;
  honorifics: Set<string>;
  nameSuffixes: Set<string>;
}

let cached: Ontology | null = null;

/** The title ontology (`data/title-ontology.json`), loaded once per process. */
export function ontology(): Ontology {
  if (cached) return cached;
  const file = loadJsonData<OntologyFile>('title-ontology.json');
  const qualifiers = new Map<string, QualifierEffect>();
  for (const [k, v] of Object.entries(file.qualifiers)) if (typeof v === 'object') qualifiers.set(k, v.effect);
  const portfolios = new Map<string, string>();
  for (const [canon, aliases] of Object.entries(file.portfolios)) {
    if (!Array.isArray(aliases)) continue;
    portfolios.set(canon, canon);
    for (const a of aliases) portfolios.set(a, canon);
  }
  const portfolioFamily = new Map<string, number>();
  (file.portfolioFamilies?.families ?? []).forEach((family, i) => {
    for (const p of family) portfolioFamily.set(portfolios.get(p) ?? p, i);
  });
  cached = {
    roles: new Map(Object.entries(file.roles)),
    qualifiers,
    portfolios,
    portfolioFamily,
    honorifics: new Set(file.honorifics),
    nameSuffixes: new Set(file.nameSuffixes),
  };
  return cached;
}

/** snake_case key of a free-text value ("Home Affairs" → "home_affairs", "a.i." stays). */
export function snake(value: string): string {
  const v = value.trim().toLowerCase();
  if (v === 'a.i.') return v;
  return v
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9.]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
