import { loadTextData } from '../data-files.js';
import { parseList } from './gazetteer.js';
import type { LabelSpan } from './labels.js';

const lists = new Map<string, Set<string>>();

/** A word list of `data/ner/`, lower-cased, read once per process. */
function words(file: string): Set<string> {
  let set = lists.get(file);
  if (!set) lists.set(file, (set = new Set(parseList(loadTextData(`ner/${file}`), true).map((w) => w.toLowerCase()))));
  return set;
}

/** An amount glued to its currency abbreviation (Rs5, Rs1.1, KSh200, $5): never a name. */
const MONEY = /^(?:rs|pkr|inr|usd|ksh|kes|sh|tk|ngn|zar|aed|sar|n|r|\$|£|€|¥|₹|₦)\.?\d/i;

/**
 * Clean-ups the sequence model cannot learn from CoNLL alone: a PER span ending in a role noun
 * is dropped ("Enforcement Director"), one starting with honorifics loses them, other spans
 * lose a trailing role noun ("… Corporation Mayor"), and spans that are currency amounts or a
 * month/weekday before a number ("Dec 3") are dropped.
 */
export function applyPostRules(tokens: readonly string[], spans: readonly LabelSpan[]): LabelSpan[] {
  const out: LabelSpan[] = [];
  for (const span of spans) {
    let { start, end } = span;
    if (span.type === 'PER') {
      // A person name never ends in a role noun: such a span is a title phrase ("Enforcement Director").
      if (words('role-nouns.txt').has(tokens[end - 1].toLowerCase())) continue;
      // Titles and honorifics stay outside the name ("Justice [Mansoor Ali Shah]").
      while (start < end && words('honorifics.txt').has(tokens[start].toLowerCase())) start++;
    } else if (end - start > 1 && words('role-nouns.txt').has(tokens[end - 1].toLowerCase()) && !/^(?:of|the|for)$/i.test(tokens[end - 2])) {
      // "[Karachi Metropolitan Corporation] Mayor": the role noun is not part of the name
      // (but "Office of the President" keeps it).
      end--;
    }
    if (start === end) continue;
    // "Dec 3", "Monday 12": a calendar word before a number is a date, whatever the model says.
    if (end - start === 1 && words('gazetteers/calendar.txt').has(tokens[start].toLowerCase()) && /^\d/.test(tokens[end] ?? '')) continue;
    if (tokens.slice(start, end).every((t) => MONEY.test(t) || /^[\d.,]+$/.test(t))) continue;
    out.push(start === span.start && end === span.end ? span : { ...span, start, end });
  }
  return out;
}
