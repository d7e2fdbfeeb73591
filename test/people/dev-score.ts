import { makeDocument } from '../../src/document/document.js';
import { repairDocument } from '../../src/input/repair/index.js';
import { DEFAULT_PIPELINE } from '../../src/pipeline/default.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { loadJsonData } from '../../src/data-files.js';
import { foldWords } from '../../src/lexicon/normalize.js';

const UP_TO_PLACES = DEFAULT_PIPELINE.slice(0, DEFAULT_PIPELINE.findIndex((s) => s.provides === 'places') + 1);
const FIELDS = ['qualifier', 'portfolio', 'country', 'org'] as const;

interface Gold {
  id: string;
  published: string;
  text: string;
  people: { name: string; mentions: string[]; titles: Record<string, string>[] }[];
  organizations: { name: string; aliases: string[] }[];
  places: string[];
}
const count = () => ({ tp: 0, pred: 0, gold: 0 });

/** Strips leading honorifics and titles from a mention ("Mr Shah" → "Shah"). */
function bare(text: string): string {
  const honor = new Set((loadJsonData('titles.json') as { honorifics: string[] }).honorifics.map((h) => h.replace(/\.$/, '')));
  const words = text.split(/\s+/);
  while (words.length > 1 && honor.has(words[0].toLowerCase().replace(/\.$/, ''))) words.shift();
  return words.join(' ');
}

export function scoreDevSet(jsonl: string, log?: (line: string) => void, split?: string) {
  const r = { articles: 0, people: count(), mentions: count(), roles: count(), fields: { ok: 0, total: 0 }, titledNames: 0, orgs: count(), aliases: { ok: 0, total: 0 }, places: count() };
  const roleWords = new Set(['minister', 'secretary', 'governor', 'president', 'ambassador', 'general', 'chief', 'mr', 'ms', 'dr', 'sir', 'prince', 'justice', 'senator', 'sen', 'gen', 'chairman', 'director']);
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line) as Gold & { split?: string };
    if (split && (g.split ?? 'tune') !== split) continue;
    r.articles++;
    const doc = repairDocument(makeDocument({ id: g.id }, g.text, { published: g.published }));
    const { layers } = runPipeline(doc, UP_TO_PLACES);
    const people = layers.people ?? [];
    const say = (s: string) => log?.(`[${g.id}] ${s}`);
    r.people.pred += people.length;
    r.people.gold += g.people.length;
    for (const p of people) {
      if (foldWords(p.name).some((w) => roleWords.has(w))) {
        r.titledNames++;
        say(`TITLE IN NAME ${p.name}`);
      }
      if (!g.people.some((e) => e.name === p.name)) say(`FP person ${p.name} [${p.mentions.map((m) => m.text).join(' | ')}]`);
    }
    for (const e of g.people) {
      const p = people.find((x) => x.name === e.name);
      r.mentions.gold += e.mentions.length;
      r.roles.gold += e.titles.length;
      if (!p) {
        say(`FN person ${e.name}`);
        continue;
      }
      r.people.tp++;
      const got = p.mentions.map((m) => bare(m.text));
      r.mentions.pred += got.length;
      const left = [...got];
      for (const m of e.mentions) {
        const k = left.indexOf(m);
        if (k >= 0) {
          left.splice(k, 1);
          r.mentions.tp++;
        } else say(`FN mention ${m} of ${e.name} (got ${got.join(' | ')})`);
      }
      for (const m of left) say(`FP mention ${m} of ${e.name}`);
      r.roles.pred += p.titles.length;
      const pool = [...p.titles];
      for (const t of e.titles) {
        const k = pool.findIndex((x) => x.role === t.role);
        if (k < 0) {
          say(`FN role ${t.role} of ${e.name} (got ${p.titles.map((x) => `${x.role}:${x.text}`).join(' | ') || '-'})`);
          continue;
        }
        const x = pool.splice(k, 1)[0];
        r.roles.tp++;
        for (const f of FIELDS) {
          r.fields.total++;
          const want = t[f] ?? null;
          if (want === x[f] || (f === 'country' && want === null)) r.fields.ok++;
          else say(`FIELD ${f} of ${e.name} ${t.role}: want ${want}, got ${x[f]} ("${x.text}")`);
        }
      }
      for (const x of pool) say(`FP role ${x.role} of ${e.name} ("${x.text}")`);
    }
    const orgs = layers.organizations ?? [];
    r.orgs.pred += orgs.length;
    r.orgs.gold += g.organizations.length;
    for (const o of g.organizations) {
      const x = orgs.find((y) => y.name === o.name || y.aliases.includes(o.name));
      if (!x) {
        say(`FN org ${o.name}`);
        continue;
      }
      r.orgs.tp++;
      for (const a of o.aliases) {
        r.aliases.total++;
        if (x.aliases.includes(a) || x.name === a) r.aliases.ok++;
        else say(`FN alias ${a} of ${o.name}`);
      }
    }
    for (const x of orgs) if (!g.organizations.some((o) => o.name === x.name || x.aliases.includes(o.name))) say(`FP org ${x.name}`);
    const places = layers.places ?? [];
    r.places.pred += places.length;
    r.places.gold += g.places.length;
    const norm = (s: string) => s.toLowerCase();
    for (const pl of g.places) {
      if (places.some((y) => norm(y.name) === norm(pl) || y.aliases.some((a) => norm(a) === norm(pl)))) r.places.tp++;
      else say(`FN place ${pl}`);
    }
    for (const y of places) if (!g.places.some((pl) => norm(pl) === norm(y.name) || y.aliases.some((a) => norm(a) === norm(pl)))) say(`FP place ${y.name}`);
  }
  return r;
}
