import type { ChalkInstance } from 'chalk';
import type { Article } from '../schema/article.js';
import type { ErrorRecord } from '../schema/error.js';
import { describeError } from '../input/items.js';

const MAX_ITEMS = 8;

/** A short human summary of one article (or error) for a terminal. */
export function prettyRecord(record: Article | ErrorRecord, c: ChalkInstance): string {
  if (record.schema === 'newsfacts/error@1') return c.red('error ') + describeError(record) + '\n';
  const a = record;
  const out: string[] = [];
  const name = a.source.path ?? a.source.id ?? 'article';
  out.push(c.bold(a.title?.text ?? name));
  const meta = [
    a.outlet && `outlet ${a.outlet.name}`,
    a.published && `published ${a.published.date}${a.published.basis === 'text' ? '' : ` (${a.published.basis})`}`,
    a.dateline && `dateline ${a.dateline.place}`,
    a.eventDate && `event ${a.eventDate.date}`,
  ].filter(Boolean);
  out.push(c.dim(`${name}${meta.length ? ' · ' + meta.join(' · ') : ''}`));
  const section = (label: string, items: string[]) => {
    if (!items.length) return;
    out.push(c.cyan(`${label} (${items.length})`));
    for (const item of items.slice(0, MAX_ITEMS)) out.push(`  ${item}`);
    if (items.length > MAX_ITEMS) out.push(c.dim(`  … ${items.length - MAX_ITEMS} more`));
  };
  section('people', a.people.map((p) => `${c.bold(p.name)}${p.titles.length ? ', ' + p.titles.map((t) => t.text).join('; ') : ''} ${c.dim(`×${p.mentions.length}`)}`));
  section('organizations', a.organizations.map((o) => o.name));
  section('places', a.places.map((p) => p.name));
  section('dates', a.dates.map((d) => `${d.text} ${c.dim('→')} ${c.green(d.value)}`));
  section('figures', a.figures.map((f) => `${f.text} ${c.dim('→')} ${c.green(formatValue(f.value))} ${f.unit}${f.counts ? c.dim(` (${f.counts})`) : ''}`));
  section('agreements', a.agreements.map((g) => `${c.yellow(g.status)} ${g.action}${g.parties.length ? c.dim(` — ${g.parties.map((p) => p.name).join(', ')}`) : ''}`));
  if (a.repairs.length) out.push(c.dim(`repairs: ${a.repairs.length}`));
  return out.join('\n') + '\n\n';
}

function formatValue(v: Article['figures'][number]['value']): string {
  return typeof v === 'number' ? String(v) : `${v.low}–${v.high}`;
}
