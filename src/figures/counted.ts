import { glued, type Tok } from './lexer.js';
import { AUX, IRREGULAR_PARTICIPLES, MONTHS, STOP, SUBSET, WEEKDAYS } from './cues.js';
import { ONES, TENS, SCALES } from './words.js';
import { isPersonNoun } from '../lexicon/units.js';
import { currencyLexicon } from '../lexicon/currencies.js';
import { lookupTable } from '../text/lookup-table.js';

/** What a figure counts or measures, as noun words with their token range. */
export interface NounPhrase {
  words: string[];
  start: number;
  end: number;
  /** Began with "such", "these", "those": refers back to something named earlier. */
  anaphoric: boolean;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'such', 'these', 'those', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'all', 'other', 'more', 'additional', 'further', 'some']);
const ANAPHORIC = new Set(['such', 'these', 'those', 'this', 'that']);
const isCap = (t: Tok) => /^\p{Lu}/u.test(t.t);
const isContent = (t: Tok) =>
  t.k === 'word' &&
  !currencyLexicon().prefixes.has(t.t) && !STOP.has(t.l) && !MONTHS.has(t.l) && !WEEKDAYS.has(t.l) && !(t.l in ONES) && !(t.l in TENS) && !(t.l in SCALES) && !/['’]s$/.test(t.l) && t.l !== 'per';
const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'got', 'get', 'gets']);
const HAVE = new Set(['has', 'have', 'had']);
const verbish = (l: string) => /(?:ed|ing)$/.test(l) || /ly$/.test(l);

/** One hyphenated word ("counter-narcotics", "long-range") read as a single noun-phrase word. */
function wordAt(toks: Tok[], k: number): { text: string; end: number } | null {
  const t = toks[k];
  if (!t || !isContent(t)) return null;
  let text = t.t;
  let end = k + 1;
  while (toks[end]?.t === '-' && glued(toks[end - 1], toks[end]) && toks[end + 1]?.k === 'word' && glued(toks[end], toks[end + 1])) {
    text += `-${toks[end + 1].t}`;
    end += 2;
  }
  return { text, end };
}

/** The noun phrase that starts at token j ("foreign nationals", "Afghan nationals", "such cases"). */
export function nounPhraseAfter(toks: Tok[], j: number, skipDeterminers = false): NounPhrase | null {
  let k = j;
  let anaphoric = false;
  if (skipDeterminers) {
    while (toks[k] && DETERMINERS.has(toks[k].l)) {
      if (ANAPHORIC.has(toks[k].l)) anaphoric = true;
      k++;
    }
  }
  const start = k;
  const words: string[] = [];
  const caps: boolean[] = [];
  while (words.length < 4) {
    const w = wordAt(toks, k);
    if (!w) break;
    // a name runs on whatever its words end in: "National Assembly", "United Nations"
    if (words.length > 0 && verbish(toks[k].l) && !/ing$/.test(toks[k].l) && !(isCap(toks[k]) && caps[caps.length - 1])) break;
    if (words.length === 0 && /ly$/.test(toks[k].l)) break;
    words.push(w.text);
    caps.push(isCap(toks[k]));
    k = w.end;
    // a plural noun followed by a past participle ends the phrase: "suspects arrested"
  }
  if (words.length === 0) return null;
  // "three died", "the 40 arrested": a lone participle is what happened, not what is counted
  if (words.length === 1 && (IRREGULAR_PARTICIPLES.has(words[0].toLowerCase()) || /ed$/.test(words[0]))) return null;
  // a name, not a counted thing: "10 Downing Street"
  // "Iraqi Kurds", "Afghan Nationals" are counted people; "Downing Street" is a name
  if (caps.every(Boolean) && !isPersonNoun(words[words.length - 1]) && !/[^s]s$/.test(words[words.length - 1])) return null;
  return { words: words.map((w, q) => (caps[q] && q < words.length - 1 ? w : w)), start, end: k, anaphoric };
}

/** The noun phrase that ends at token k-1, read leftwards ("vote share" in "the party's vote share fell"). */
export function nounPhraseBefore(toks: Tok[], k: number): NounPhrase | null {
  const words: string[] = [];
  let q = k - 1;
  while (q >= 0 && words.length < 4) {
    const t = toks[q];
    if (t.k === 'word' && isContent(t)) {
      words.unshift(t.t);
      q--;
      continue;
    }
    if (t.t === '-' && glued(toks[q - 1], t) && glued(t, toks[q + 1]) && words.length) {
      if (toks[q - 1]?.k === 'word') {
        words[0] = `${toks[q - 1].t}-${words[0]}`;
        q -= 2;
        continue;
      }
      words.shift(); // "10-year bond yield": the compound's noun belongs to its number
    }
    break;
  }
  if (!words.length) return null;
  return { words, start: q + 1, end: k, anaphoric: false };
}

const PAREN_OPEN = new Set(['—', '–', '(', ',', '-']);
const PAREN_CLOSE: Record<string, string> = lookupTable({ '—': '—', '–': '–', '(': ')', ',': ',', '-': '-' });

/**
 * The verb that reports what happened to the counted thing, after its noun phrase: "were
 * arrested", "have been displaced", "died". A parenthetical subset ("— including 75 … —") is
 * skipped; `subset` figures may step over the parenthetical's closing mark.
 */
export function verbAfter(toks: Tok[], j: number, subset: boolean): string | null {
  const open = toks[j];
  if (open && PAREN_OPEN.has(open.t) && toks[j + 1]) {
    // "2,001 suspects — including 75 foreigners — were arrested", "2,300 shops, or a third of the market, were gutted"
    const close = PAREN_CLOSE[open.t];
    let q = j + 1;
    while (q < toks.length && toks[q].t !== close && q < j + 25) q++;
    if (q < toks.length && toks[q].t === close) {
      const v = verbAt(toks, q + 1, true);
      if (v || SUBSET.has(toks[j + 1].l)) return v;
    }
  }
  if (subset && open && (open.t === '—' || open.t === '–' || open.t === ')' || open.t === '-')) return verbAt(toks, j + 1, false);
  return verbAt(toks, j, false);
}

/** The reporting verb at token k ("were arrested", "died"); after a parenthetical only a passive counts. */
function verbAt(toks: Tok[], k: number, passiveOnly: boolean): string | null {
  let aux = 0;
  let passive = false;
  let perfect = false;
  while (toks[k] && AUX.has(toks[k].l) && aux < 4) {
    if (BE.has(toks[k].l)) passive = true;
    else if (HAVE.has(toks[k].l)) perfect = true;
    k++;
    aux++;
  }
  const v = toks[k];
  if (!v || v.k !== 'word') return null;
  if (!(IRREGULAR_PARTICIPLES.has(v.l) || (/ed$/.test(v.l) && v.l.length > 4 && !STOP.has(v.l)))) return null;
  const particle = /^(?:off|out|up|away|back|down)$/.test(toks[k + 1]?.l ?? '') ? ` ${toks[k + 1].l}` : '';
  if (passive) return v.l + particle;
  // active: "have examined the progress" is what they did, not what happened to them
  if (perfect || passiveOnly) return null;
  const obj = toks[k + 1];
  if (obj && obj.k === 'word' && (/^(?:the|a|an|their|its|his|her|our|this|these|those)$/.test(obj.l) || (!STOP.has(obj.l) && !/ly$/.test(obj.l)))) return null;
  return v.l;
}

/** A past-tense verb right before the figure: "police arrested 50 suspects", "recovered 12.5 kg". */
export function verbBefore(toks: Tok[], start: number): string | null {
  const v = toks[start - 1];
  if (!v || v.k !== 'word') return null;
  if (AUX.has(v.l) || STOP.has(v.l) || /^(?:left|made|kept|put|set|found|led|saw|had|got|took|gave)$/.test(v.l)) return null;
  if (IRREGULAR_PARTICIPLES.has(v.l) || (/ed$/.test(v.l) && v.l.length > 4)) return v.l;
  return null;
}

/** Nearest noun phrase before a comma to the left of `start`: the antecedent of "such cases". */
export function antecedentBefore(toks: Tok[], start: number, min: number): NounPhrase | null {
  for (let k = start - 1; k > min; k--) {
    if (toks[k].t === ',' || toks[k].t === ';') return nounPhraseBefore(toks, k);
  }
  return null;
}

/** A word that can open the counted noun phrase right after a figure. */
export function nounFollows(toks: Tok[], j: number): boolean {
  const t = toks[j];
  if (!t || t.k !== 'word') return false;
  if (/^(?:of|the|a|an|and|or|in|on|at|to|for|by|with|from|is|was|were|are|per|last|this|that|percent)$/.test(t.l)) return t.l === 'of' && toks[j + 1]?.k === 'word';
  if (STOP.has(t.l)) return false;
  return /^\p{Ll}/u.test(t.t) || /s$/.test(t.t);
}
