import type { AgreementLayers } from './extract.js';

/**
 * The day the sentence ties to the statement ("signed on Monday"): a resolved DATE in the
 * sentence, preferring one outside the action, never a deadline ("by 2030", "until June").
 */
export function dateFor(text: string, layers: AgreementLayers, from: number, to: number, action: [number, number]): string | null {
  const found = (layers.dates ?? []).filter((d) => d.type === 'DATE' && d.start >= from && d.end <= to && /^\d{4}-\d{2}(?:-\d{2})?$/.test(d.value)
    && !/\b(?:by|until|till|before|through|within|from)\s+(?:the\s+)?(?:end\s+of\s+)?$/i.test(text.slice(Math.max(from, d.start - 20), d.start)));
  const outside = found.find((d) => d.end <= action[0] || d.start >= action[1]);
  return (outside ?? found[0])?.value ?? null;
}

/**
 * True when the statement ties a past act to a month or day at least two months before the
 * publication date: before the trigger or between it and its aim ("agreed in June to buy …"),
 * or anywhere when the action is the deal itself ("signed a pact in September", in December).
 * A date after an aim ("agreed to set up a panel to investigate the crash on April 6, 1994")
 * belongs to the aim.
 */
export function staleDate(text: string, layers: AgreementLayers, from: number, to: number, action: [number, number], reference: string): boolean {
  const ref = Date.parse(`${reference.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ref)) return false;
  for (const d of layers.dates ?? []) {
    if (d.type !== 'DATE' || d.start < from || d.end > to || (d.start >= action[0] && d.end <= action[1])) continue;
    if (!/^\d{4}-\d{2}(?:-\d{2})?$/.test(d.value)) continue;
    if (/\b(?:by|until|till|before|through|within|from|since)\s+(?:the\s+)?(?:end\s+of\s+)?$/i.test(text.slice(Math.max(from, d.start - 20), d.start))) continue;
    // A date in another clause ("…, after regulators approved the deal in December") is that clause's.
    if (/\b(?:after|before|when|since|while|following|whereas|although)\b|[;:]/i.test(text.slice(Math.min(d.start, Math.max(from, action[1])), d.start))) continue;
    const t = Date.parse(`${d.value.length === 7 ? `${d.value}-28` : d.value}T00:00:00Z`);
    if (!Number.isNaN(t) && ref - t > 60 * 86400000) return true;
  }
  // A bare month the date layer left alone ("agreed in March"): its last occurrence before publication.
  const refMonth = Number(reference.slice(5, 7)) - 1;
  for (const m of text.slice(from, to).matchAll(BARE_MONTH)) {
    const month = MONTHS.indexOf(m[1].toLowerCase());
    if (month >= 0 && (refMonth - month + 12) % 12 >= 2) return true;
  }
  return false;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const BARE_MONTH = /\b(?:in|since)\s+(?:early\s+|late\s+|mid-?)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/g;
