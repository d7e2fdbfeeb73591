import type { Gazetteer } from './gazetteer.js';
import { gazetteerTags, wordCategories } from './gazetteer.js';
import { buildDocContext } from './doc-context.js';
import { caseClass, isCapitalized, lowerKey, normToken, shape, shortShape } from './word.js';

const BOS = '<s>';
const EOS = '</s>';

/**
 * Feature strings for every token of one document (sentences of raw token texts). Word,
 * shape, affix, context-window, gazetteer and document-level features; no POS, no CoNLL-only
 * signals, so the same function serves training files and the pipeline's tokens.
 */
export function documentFeatures(raw: readonly (readonly string[])[], gaz: Gazetteer): string[][][] {
  const sents = raw.map((s) => s.map(normToken));
  const gazTags = sents.map((s) => gazetteerTags(gaz, s));
  const ctx = buildDocContext(sents, gazTags);
  return sents.map((toks, s) => {
    const n = toks.length;
    const keys = toks.map(lowerKey);
    const cls = toks.map(caseClass);
    const sshapes = toks.map(shortShape);
    const style = ctx.style[s];
    const caps = style !== 'plain';
    const g = gazTags[s];
    const key = (i: number) => (i < 0 ? BOS : i >= n ? EOS : keys[i]);
    const cl = (i: number) => (i < 0 ? BOS : i >= n ? EOS : cls[i]);
    const ss = (i: number) => (i < 0 ? BOS : i >= n ? EOS : sshapes[i]);
    return toks.map((tok, i) => {
      const w = keys[i];
      const c = cls[i];
      const f: string[] = ['b', `w=${w}`, `W=${tok}`, `s=${shape(tok)}`, `ss=${sshapes[i]}`, `c=${c}`];
      const len = w.length;
      for (let k = 1; k <= 4 && k < len; k++) f.push(`p${k}=${w.slice(0, k)}`, `x${k}=${w.slice(len - k)}`);
      f.push(`w-1=${key(i - 1)}`, `w+1=${key(i + 1)}`, `w-2=${key(i - 2)}`, `w+2=${key(i + 2)}`);
      f.push(`w-1w=${key(i - 1)}|${w}`, `ww+1=${w}|${key(i + 1)}`, `w-2w-1=${key(i - 2)}|${key(i - 1)}`, `w+1w+2=${key(i + 1)}|${key(i + 2)}`);
      f.push(`ss-1=${ss(i - 1)}`, `ss+1=${ss(i + 1)}`, `ss-1ss=${ss(i - 1)}|${sshapes[i]}`, `ssss+1=${sshapes[i]}|${ss(i + 1)}`);
      f.push(`ccc=${cl(i - 1)}|${c}|${cl(i + 1)}`);
      if (i === 0 || /^["'(.!?]$/.test(toks[i - 1])) f.push(`first|${c}`);
      if (caps) f.push(`st=${style}`, `st|c=${style}|${c}`);
      const hy = tok.indexOf('-');
      if (hy > 0 && hy < tok.length - 1) {
        const parts = w.split('-');
        f.push(`h0=${parts[0]}`, `hL=${parts[parts.length - 1]}`);
        // Gazetteer categories of the parts: "Zia-ur-Rehman", "Asante-Boateng", "Pakistan-US".
        for (const part of [parts[0], parts[parts.length - 1]]) for (const cat of wordCategories(gaz, part)) f.push(`hg=${cat}`);
      }
      // Capitalised run: its length and this token's place in it.
      if (isCapitalized(tok)) {
        let a = i;
        while (a > 0 && isCapitalized(toks[a - 1])) a--;
        let b = i;
        while (b + 1 < n && isCapitalized(toks[b + 1])) b++;
        const pos = a === b ? 'S' : i === a ? 'B' : i === b ? 'E' : 'I';
        f.push(`run=${Math.min(b - a + 1, 4)}${pos}`);
      }
      for (const t of g[i]) f.push(`g=${t}`, `g|c=${t}|${c}`);
      for (const t of i > 0 ? g[i - 1] : []) f.push(`g-1=${t}`);
      for (const t of i + 1 < n ? g[i + 1] : []) f.push(`g+1=${t}`);
      for (const t of i > 1 ? g[i - 2] : []) f.push(`g-2=${t}`);
      if (c !== 'lower' && c !== 'punct' && c !== 'num') {
        const d = ctx.flags.get(w);
        const pos = i === 0 ? 'F' : caps ? 'C' : 'M';
        if (d) for (const flag of d) f.push(`d=${flag}`, `d|p=${flag}|${pos}`);
        else f.push(`d=none|${pos}`);
      }
      return f;
    });
  });
}
