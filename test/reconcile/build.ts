import { ArticleSchema, type Article } from '../../src/schema/article.js';

/** Facts of a test article, spans given as substrings of its text (`needle` or [needle, occurrence]). */
type Needle = string | [string, number];

export interface TitleSpec {
  text: string;
  role: string | null;
  qualifier?: string | null;
  portfolio?: string | null;
  country?: string | null;
  org?: string | null;
}

export interface ArticleSpec {
  path: string;
  text: string;
  outlet?: string;
  title?: string;
  published?: string;
  eventDate?: { date: string; basis: 'text' | 'published'; evidence?: Needle };
  dateline?: Needle;
  people?: Array<{ name: string; titles?: TitleSpec[]; mentions?: Needle[]; affiliation?: { country: string | null; org: string | null } }>;
  organizations?: Array<{ name: string; aliases?: string[]; mentions?: Needle[]; kind?: string }>;
  places?: Array<{ name: string; mentions?: Needle[]; country?: string }>;
  figures?: Array<{
    text: Needle;
    value: number | { low: number; high: number };
    unit: string;
    quantity: string;
    counts?: string;
    approximate?: string;
    change?: 'increase' | 'decrease';
  }>;
  agreements?: Array<{ text: Needle; action: string; status: Article['agreements'][number]['status']; parties?: string[] }>;
}

function spanIn(text: string, needle: Needle) {
  const [s, nth] = typeof needle === 'string' ? [needle, 0] : needle;
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) throw new Error(`"${s}" (#${nth}) not in the test text`);
  }
  return { start: at, end: at + s.length, text: s };
}

/** The sentence around a span (to '.', '!' or '?' or a line break). */
function sentenceOf(text: string, start: number, end: number) {
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1])) a--;
  while (a < start && /\s/.test(text[a])) a++;
  let b = end;
  while (b < text.length && !/[.!?\n]/.test(text[b])) b++;
  if (b < text.length && text[b] !== '\n') b++;
  return { start: a, end: b, text: text.slice(a, b) };
}

/** A schema-valid article record built the way the extractors would report these facts. */
export function article(spec: ArticleSpec): Article {
  const t = spec.text;
  const sp = (n: Needle) => spanIn(t, n);
  return ArticleSchema.parse({
    schema: 'newsfacts/article@1',
    source: { path: spec.path, chars: t.length },
    title: spec.title ? { text: spec.title, basis: 'text', evidence: sp(spec.title) } : null,
    outlet: spec.outlet ? { name: spec.outlet, basis: 'text', evidence: null } : null,
    published: spec.published ? { date: spec.published, basis: 'text', evidence: null } : null,
    dateline: spec.dateline ? { place: sp(spec.dateline).text, evidence: sp(spec.dateline) } : null,
    eventDate: spec.eventDate
      ? { date: spec.eventDate.date, basis: spec.eventDate.basis, evidence: spec.eventDate.evidence ? sp(spec.eventDate.evidence) : null }
      : null,
    dates: [],
    people: (spec.people ?? []).map((p, i) => ({
      id: `p${i + 1}`,
      name: p.name,
      titles: (p.titles ?? []).map((x) => ({
        text: x.text,
        role: x.role,
        qualifier: x.qualifier ?? null,
        portfolio: x.portfolio ?? null,
        country: x.country ?? null,
        org: x.org ?? null,
        ...(t.includes(x.text) ? { evidence: sp(x.text) } : {}),
      })),
      affiliation: p.affiliation ?? null,
      mentions: (p.mentions ?? [p.name]).map(sp),
    })),
    organizations: (spec.organizations ?? []).map((o, i) => ({
      id: `o${i + 1}`,
      name: o.name,
      aliases: o.aliases ?? [],
      kind: o.kind ?? null,
      country: null,
      mentions: (o.mentions ?? [o.name]).map(sp),
    })),
    places: (spec.places ?? []).map((p, i) => ({
      id: `l${i + 1}`,
      name: p.name,
      aliases: [],
      kind: null,
      country: p.country ?? null,
      mentions: (p.mentions ?? [p.name]).map(sp),
    })),
    figures: (spec.figures ?? []).map((f, i) => {
      const s = sp(f.text);
      return {
        id: `f${i + 1}`,
        ...s,
        value: f.value,
        unit: f.unit,
        quantity: f.quantity,
        approximate: f.approximate ?? null,
        counts: f.counts ?? null,
        change: f.change ?? null,
        sentence: sentenceOf(t, s.start, s.end),
      };
    }),
    agreements: (spec.agreements ?? []).map((a, i) => ({
      id: `a${i + 1}`,
      ...sp(a.text),
      parties: (a.parties ?? []).map((name) => ({ name, ref: null })),
      action: a.action,
      status: a.status,
      date: null,
    })),
    repairs: [],
  });
}
