import { loadTextData } from '../data-files.js';
import { parseList } from './gazetteer.js';
import type { LabelSpan } from './labels.js';

let roles: Set<string> | null = null;

function roleNouns(): Set<string> {
  roles ??= new Set(parseList(loadTextData('ner/role-nouns.txt'), true).map((w) => w.toLowerCase()));
  return roles;
}

/** An amount glued to its currency abbreviation (Rs5, Rs1.1, KSh200, $5): never a name. */
const MONEY = /^(?:rs|pkr|inr|usd|ksh|kes|sh|tk|ngn|zar|aed|sar|n|r|\$|£|€|¥|₹|₦)\.?\d/i;

/**
 * Clean-ups the sequence model cannot learn from CoNLL alone: a PER span loses trailing role
 * nouns ("Enforcement Director"), and spans that are currency amounts are dropped.
 */
export function applyPostRules(tokens: readonly string[], spans: readonly LabelSpan[]): LabelSpan[] {
  const out: LabelSpan[] = [];
  for (const span of spans) {
    let { end } = span;
    if (span.type === 'PER') while (end > span.start && roleNouns().has(tokens[end - 1].toLowerCase())) end--;
    if (end === span.start) continue;
    if (tokens.slice(span.start, end).every((t) => MONEY.test(t) || /^[\d.,]+$/.test(t))) continue;
    out.push(end === span.end ? span : { ...span, end });
  }
  return out;
}
