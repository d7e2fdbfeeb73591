/**
 * Scores people, titles, organizations and places on the hand-checked regional dev set
 * through the full pipeline (same path as the CLI).
 *   npx tsx test/people/dev-eval.ts [fixtures/people-dev/dev.jsonl] [--split tune|holdout] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { scoreDevSet } from './dev-score.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const si = args.indexOf('--split');
const split = si >= 0 ? args[si + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--split') ?? new URL('../../fixtures/people-dev/dev.jsonl', import.meta.url).pathname;
const r = scoreDevSet(readFileSync(file, 'utf8'), verbose ? (line) => console.log(line) : undefined, split);
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
const f1 = (p: number, r: number) => (p + r ? ((2 * p * r) / (p + r)).toFixed(1) : '-');
const pr = (name: string, tp: number, pred: number, gold: number) => {
  const p = pred ? (100 * tp) / pred : 0;
  const rc = gold ? (100 * tp) / gold : 0;
  console.log(`${name.padEnd(14)} P ${p.toFixed(1).padStart(5)}  R ${rc.toFixed(1).padStart(5)}  F1 ${f1(p, rc).padStart(5)}  (${tp}/${pred} pred, ${gold} gold)`);
};
console.log(`${r.articles} articles`);
pr('people', r.people.tp, r.people.pred, r.people.gold);
pr('mentions', r.mentions.tp, r.mentions.pred, r.mentions.gold);
pr('title roles', r.roles.tp, r.roles.pred, r.roles.gold);
console.log(`title fields   ${pct(r.fields.ok, r.fields.total)}% (${r.fields.ok}/${r.fields.total} qualifier/portfolio/country/org values right on matched roles)`);
console.log(`names w/ title ${r.titledNames}`);
pr('organizations', r.orgs.tp, r.orgs.pred, r.orgs.gold);
console.log(`org aliases    ${r.aliases.ok}/${r.aliases.total}`);
pr('places', r.places.tp, r.places.pred, r.places.gold);
