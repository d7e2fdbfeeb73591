import { z } from 'zod';
import { BasisSchema, IsoDateSchema, SourceSchema, SpanSchema } from './common.js';

export const ARTICLE_SCHEMA_ID = 'newsfacts/article@1';

const EvidenceSchema = SpanSchema.nullable();

export const TitleSchema = z.object({ text: z.string(), basis: BasisSchema, evidence: EvidenceSchema });
export const OutletSchema = z.object({ name: z.string(), basis: BasisSchema, evidence: EvidenceSchema });
export const PublishedSchema = z.object({ date: IsoDateSchema, basis: BasisSchema, evidence: EvidenceSchema });
export const DatelineSchema = z.object({ place: z.string(), evidence: SpanSchema });
export const EventDateSchema = z.object({
  date: IsoDateSchema,
  /** `text`: a date stated in the text resolved against the publication date; `published`: the publication date itself. */
  basis: z.enum(['text', 'published']),
  evidence: EvidenceSchema,
});

export const DateFactSchema = SpanSchema.extend({
  id: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  /** TIMEX3 value: 2025-12-06, 2025-12, 2025, 2025-Q3, 2025-W49, P5Y, PRESENT_REF, XXXX-12-06 … */
  value: z.string(),
});

export const TitleFactSchema = z.object({
  text: z.string(),
  role: z.string().nullable(),
  qualifier: z.string().nullable(),
  portfolio: z.string().nullable(),
  country: z.string().nullable(),
  org: z.string().nullable(),
  evidence: SpanSchema.optional(),
});

export const AffiliationSchema = z.object({ country: z.string().nullable(), org: z.string().nullable() });

export const PersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  titles: z.array(TitleFactSchema),
  affiliation: AffiliationSchema.nullable(),
  mentions: z.array(SpanSchema),
});

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.string().nullable(),
  country: z.string().nullable(),
  mentions: z.array(SpanSchema),
});

export const FigureSchema = SpanSchema.extend({
  id: z.string(),
  /** A number, or a range as {low, high}. */
  value: z.union([z.number(), z.object({ low: z.number(), high: z.number() })]),
  /** Canonical unit: ISO 4217 code, %, pp, bp, t, ton, kg, km, acre, hectare, person, year …; '' for a bare count. */
  unit: z.string(),
  quantity: z.string(),
  /** The hedge when the figure is not exact: about, more-than, less-than, at-least, at-most, up-to, estimate. */
  approximate: z.string().nullable(),
  counts: z.string().nullable(),
  change: z.enum(['increase', 'decrease']).nullable(),
  sentence: SpanSchema,
});

export const PartySchema = z.object({ name: z.string(), ref: z.string().nullable() });

export const AgreementSchema = SpanSchema.extend({
  id: z.string(),
  parties: z.array(PartySchema),
  action: z.string(),
  status: z.enum(['signed', 'agreed', 'committed', 'planned', 'offered', 'discussed']),
  date: z.string().nullable(),
});

export const QuoteSchema = SpanSchema.extend({ speaker: z.string().nullable() });

export const RepairSchema = SpanSchema.extend({
  kind: z.enum(['encoding', 'mojibake', 'glued-words', 'boilerplate']),
  /** What the original stretch became in the text the extractors read ('' when removed). */
  replacement: z.string(),
});

export const ArticleSchema = z.object({
  schema: z.literal(ARTICLE_SCHEMA_ID),
  source: SourceSchema,
  title: TitleSchema.nullable(),
  outlet: OutletSchema.nullable(),
  published: PublishedSchema.nullable(),
  dateline: DatelineSchema.nullable(),
  eventDate: EventDateSchema.nullable(),
  dates: z.array(DateFactSchema),
  people: z.array(PersonSchema),
  organizations: z.array(EntitySchema),
  places: z.array(EntitySchema),
  figures: z.array(FigureSchema),
  agreements: z.array(AgreementSchema),
  quotes: z.array(QuoteSchema).optional(),
  /**
   * The article's top content terms of the repaired text with their counts, most frequent first
   * (lower-cased and stemmed; stopwords, numbers and people's names out): what reconcile compares
   * texts by without the raw text. Optional: records without it fall back to their facts' text.
   */
  terms: z.array(z.tuple([z.string(), z.number().int().min(1)])).optional(),
  repairs: z.array(RepairSchema),
});

export type Article = z.infer<typeof ArticleSchema>;
export type DateFact = z.infer<typeof DateFactSchema>;
export type TitleFact = z.infer<typeof TitleFactSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Agreement = z.infer<typeof AgreementSchema>;
export type Repair = z.infer<typeof RepairSchema>;
