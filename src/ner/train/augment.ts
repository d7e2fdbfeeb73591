import type { ConllDoc } from '../conll.js';
import { sentenceStyle } from '../doc-context.js';

const MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs']);

function titleCase(tok: string, tag: string, first: boolean): string {
  if (!/^\p{Lu}+$/u.test(tok.replace(/[-'.]/g, ''))) return tok;
  const lower = tok.toLowerCase();
  if (!first && MINOR.has(lower)) return lower;
  // Short capitals inside an entity are acronyms (EU, UN, ANF): keep them.
  if (tok.length <= 3 && tag !== 'O') return tok;
  return lower.replace(/(^|[-'])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * Training-data variant for robustness: every all-capitals headline rewritten in Title Case
 * (acronyms inside entities kept), since news outside the wire writes headlines that way.
 */
export function titleCaseHeadlines(doc: ConllDoc): ConllDoc {
  return {
    tags: doc.tags,
    sents: doc.sents.map((toks, s) => (sentenceStyle(toks) === 'caps' ? toks.map((t, i) => titleCase(t, doc.tags[s][i], i === 0)) : toks)),
  };
}
