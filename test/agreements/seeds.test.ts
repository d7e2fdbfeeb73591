import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/extract.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { AgreementSchema, type Agreement } from '../../src/schema/article.js';

function seed(name: string, published: string): { text: string; got: Agreement[] } {
  const text = readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
  const doc = prepareDocument(text, { id: name }, { published });
  return { text: doc.text, got: runPipeline(doc).layers.agreements ?? [] };
}

function find(got: Agreement[], re: RegExp): Agreement {
  const hit = got.find((a) => re.test(a.action));
  if (!hit) throw new Error(`no agreement matching ${re}: ${got.map((a) => a.action).join(' | ')}`);
  return hit;
}

const names = (a: Agreement) => a.parties.map((p) => p.name).sort();
const PK_US = ['Pakistan', 'United States'];

describe('agreements on the seed articles (issue 6 done-when)', () => {
  it('000: joint operations against fake visa networks, police training (agreed)', () => {
    const { got } = seed('000_cce0d2dec809e230.txt', '2026-01-24');
    const ops = find(got, /joint operations.*visa/);
    expect(ops.status).toBe('agreed');
    expect(names(ops)).toEqual(PK_US);
    const training = find(got, /law enforcement training/);
    expect(training.status).toBe('agreed');
    expect(names(training)).toEqual(PK_US);
  });

  it('001: pre-immigration clearance (agreed/planned), joint operations (committed)', () => {
    const { got } = seed('001_e95a0dfe71d2bbb7.txt', '2026-01-25');
    const pic = find(got, /pre-immigration clearance/);
    expect(['agreed', 'planned']).toContain(pic.status);
    expect(names(pic)).toEqual(PK_US);
    const ops = find(got, /joint\s*operations/);
    expect(['agreed', 'committed']).toContain(ops.status);
    expect(names(ops)).toEqual(PK_US);
  });

  it('002: the US offer of technical assistance (offered), the narcotics centre (planned)', () => {
    const { got } = seed('002_66193c65785121d0.txt', '2025-12-07');
    const offer = find(got, /technical assistance/);
    expect(offer.status).toBe('offered');
    expect(offer.parties.map((p) => p.name)).toContain('United States');
    const centre = find(got, /National Narcotics Coordination Centre/);
    expect(centre.status).toBe('planned');
    expect(centre.action).toMatch(/^set up /);
    expect(names(centre)).toEqual(['Pakistan']);
  });

  it('003: joint efforts (agreed), technical support (offered), the narcotics center (planned)', () => {
    const { got } = seed('003_fb411ceff8b4bc0c.txt', '2025-12-06');
    expect(find(got, /joint efforts/).status).toBe('agreed');
    const offer = find(got, /technical (?:support|assistance)/);
    expect(offer.status).toBe('offered');
    expect(offer.parties.map((p) => p.name)).toContain('United States');
    expect(find(got, /National Narcotics Coordination Center/).status).toBe('planned');
  });

  it('004: Pakistan and the United Kingdom on illegal immigration', () => {
    const { got } = seed('004_7bf2bc9db7987c3a.txt', '2025-06-01');
    const a = find(got, /illegal immigration/);
    expect(['agreed', 'committed']).toContain(a.status);
    expect(names(a)).toEqual(['Pakistan', 'United Kingdom']);
  });

  it('every agreement fits the schema, spans slice doc.text, ids run a1…', () => {
    for (const [f, d] of [['000_cce0d2dec809e230.txt', '2026-01-24'], ['002_66193c65785121d0.txt', '2025-12-07'], ['003_fb411ceff8b4bc0c.txt', '2025-12-06']]) {
      const { text, got } = seed(f, d);
      got.forEach((a, i) => {
        expect(AgreementSchema.parse(a)).toEqual(a);
        expect(text.slice(a.start, a.end)).toBe(a.text);
        expect(a.id).toBe(`a${i + 1}`);
      });
    }
  });
});
