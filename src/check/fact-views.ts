import type { Agreement, DateFact, Figure, Person, TitleFact } from '../schema/article.js';
import type { Span } from '../schema/common.js';

/**
 * A list fact reduced to what `check` compares. `key` is the identity (two facts are the same
 * when their keys are equal); `anchor` pairs a missing and an unexpected fact into one
 * `changed` finding (the same surface text or name with another value).
 */
export interface FactView {
  key: string;
  anchor: string;
  display: string;
  span: Span | null;
}

export interface ViewOptions {
  /** Compare span offsets too (`--strict-spans`). */
  strictSpans: boolean;
}

const at = (s: { start: number; end: number }) => `@${s.start}-${s.end}`;
const MAX_SHOWN = 80;
/** The surface text as shown in a finding (long agreement sentences are cut; keys keep the full value). */
const quoted = (text: string) => JSON.stringify(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text);
const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

export function dateView(d: DateFact, o: ViewOptions): FactView {
  const where = o.strictSpans ? ` ${at(d)}` : '';
  const type = d.type === 'DATE' ? '' : `${d.type} `;
  return { key: `${d.type} ${d.value}${where}`, anchor: fold(d.text), display: `${type}${d.value} ${quoted(d.text)}${where}`, span: spanOf(d) };
}

export function figureView(f: Figure, o: ViewOptions): FactView {
  const value = typeof f.value === 'number' ? String(f.value) : `${f.value.low}–${f.value.high}`;
  const unit = f.unit ? ` ${f.unit}` : '';
  const where = o.strictSpans ? ` ${at(f)}` : '';
  return { key: `${value}${unit}${where}`, anchor: fold(f.text), display: `${value}${unit} ${quoted(f.text)}${where}`, span: spanOf(f) };
}

export function agreementView(a: Agreement, o: ViewOptions): FactView {
  const parties = a.parties.map((p) => p.name).sort(byCodeUnit).join(', ');
  const where = o.strictSpans ? ` ${at(a)}` : '';
  return {
    key: `${a.status} [${parties}]${where}`,
    anchor: fold(a.text),
    display: `${a.status} [${parties}] ${quoted(a.text)}${where}`,
    span: spanOf(a),
  };
}

export function personView(p: Person, o: ViewOptions): FactView {
  const titles = p.titles.map(titleKey).sort(byCodeUnit);
  const where = o.strictSpans ? ` ${p.mentions.map(at).join(' ')}` : '';
  const shown = p.titles.map(titleDisplay);
  return {
    key: `${p.name} {${titles.join('; ')}}${where}`,
    anchor: fold(p.name),
    display: `${p.name}${shown.length ? ` (${shown.join('; ')})` : ''}${where}`,
    span: p.mentions[0] ? spanOf(p.mentions[0]) : null,
  };
}

/** A title by its text and every structured part (role, qualifier, portfolio, country, org). */
function titleKey(t: TitleFact): string {
  return [t.text, t.role, t.qualifier, t.portfolio, t.country, t.org].map((x) => x ?? '-').join('|');
}

/** "Transport Minister [role=minister portfolio=transport]": the text and every structured part that is set. */
function titleDisplay(t: TitleFact): string {
  const parts = (['role', 'qualifier', 'portfolio', 'country', 'org'] as const).filter((k) => t[k] !== null).map((k) => `${k}=${t[k]}`);
  return parts.length ? `${t.text} [${parts.join(' ')}]` : t.text;
}

function spanOf(s: Span): Span {
  return { start: s.start, end: s.end, text: s.text };
}

/** Locale-independent ordering (determinism). */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
