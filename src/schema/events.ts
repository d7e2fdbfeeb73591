import { z } from 'zod';
import { IsoDateSchema, SpanSchema } from './common.js';
import { FigureSchema, TitleFactSchema } from './article.js';

export const EVENTS_SCHEMA_ID = 'newsfacts/events@1';

/** One article's evidence for a merged value: the article's id and the spans (original offsets) in that article. */
export const SupportSchema = z.object({ article: z.string(), spans: z.array(SpanSchema) });

/**
 * How a conflict was resolved (a closed set):
 * - `canonical-form`: the values are the same fact in other words/units; the canonical rendering wins.
 * - `most-specific`: the values are compatible; the most specific (most formal) one wins.
 * - `majority-independent`: the value stated by most independent articles (one vote per outlet) wins.
 * - `unresolved`: no winner is picked (always the case for a `genuine` conflict); `value` is null.
 */
export const ResolutionRuleSchema = z.enum(['canonical-form', 'most-specific', 'majority-independent', 'unresolved']);

/**
 * `equivalent`: the same fact in other words or units; `variant`: compatible values of different
 * precision or specificity (rounding, hedges, a bare title beside a specific one); `typo`: a
 * misspelling (one edit) of the same name; `genuine`: the sources really disagree.
 */
export const ConflictKindSchema = z.enum(['equivalent', 'variant', 'typo', 'genuine']);

export const ConflictSchema = z.object({
  /** What the values are about, as a path into the event: `date`, `place`, `officials[o1].name`, `officials[o1].title`, `figures[f2]`, `organizations[g1].name`, `agreements[a1].status` … */
  field: z.string(),
  /** Every value the sources gave (nothing is dropped), with the articles and spans stating it. */
  values: z.array(z.object({ value: z.string(), sources: z.array(SupportSchema) })),
  kind: ConflictKindSchema,
  resolution: z.object({ value: z.string().nullable(), rule: ResolutionRuleSchema }),
  /** Why the values were classified so, when it is not obvious (e.g. "ton" is ambiguous). */
  note: z.string().optional(),
});

/** A value with the articles and spans behind it. */
export const SupportedValueSchema = z.object({ value: z.string(), support: z.array(SupportSchema) });

export const EventDateBasisSchema = z.enum(['text', 'published', 'cluster']);

export const EventDateSchema = z.object({
  value: IsoDateSchema,
  /** The strongest basis among the articles: `text` stated, `published` the publication day, `cluster` inherited. */
  basis: EventDateBasisSchema,
  support: z.array(SupportSchema),
  /** How each article of the event got the date: an article that states none inherits it (`cluster`). */
  articles: z.array(z.object({ article: z.string(), basis: EventDateBasisSchema })),
});

export const MergedTitleSchema = TitleFactSchema.omit({ evidence: true }).extend({ support: z.array(SupportSchema) });

export const OfficialSchema = z.object({
  id: z.string(),
  /** The resolved name (majority of independent articles; typos lose). */
  name: z.string(),
  /** Every spelling the articles used, with its sources. */
  names: z.array(SupportedValueSchema),
  /** The most specific formal title, or null when the sources give none or genuinely disagree. */
  title: TitleFactSchema.omit({ evidence: true }).nullable(),
  /** Every distinct title the articles gave, with its sources. */
  titles: z.array(MergedTitleSchema),
  affiliations: z.array(z.object({ country: z.string().nullable(), org: z.string().nullable(), support: z.array(SupportSchema) })),
  support: z.array(SupportSchema),
});

export const MergedEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  names: z.array(SupportedValueSchema),
  kind: z.string().nullable(),
  country: z.string().nullable(),
  support: z.array(SupportSchema),
});

/** A figure as the articles state it (value, unit, what it counts), merged: the article fields without spans or ids. */
const { value, unit, quantity, approximate, counts, change } = FigureSchema.shape;
export const MergedFigureSchema = z.object({
  id: z.string(),
  value,
  unit,
  quantity,
  approximate,
  counts,
  change,
  support: z.array(SupportSchema),
});

export const MergedAgreementSchema = z.object({
  id: z.string(),
  action: z.string(),
  status: z.enum(['signed', 'agreed', 'committed', 'planned', 'offered', 'discussed']),
  parties: z.array(z.string()),
  support: z.array(SupportSchema),
});

export const EventSchema = z.object({
  id: z.string(),
  articles: z.array(z.string()),
  date: EventDateSchema.nullable(),
  /** Where the event happened, from the articles' datelines. */
  place: SupportedValueSchema.nullable(),
  officials: z.array(OfficialSchema),
  organizations: z.array(MergedEntitySchema),
  /** Places the articles mention (besides the event place). */
  places: z.array(MergedEntitySchema),
  figures: z.array(MergedFigureSchema),
  agreements: z.array(MergedAgreementSchema),
  conflicts: z.array(ConflictSchema),
});

export const EventsSchema = z.object({ schema: z.literal(EVENTS_SCHEMA_ID), events: z.array(EventSchema) });

export type Support = z.infer<typeof SupportSchema>;
export type SupportedValue = z.infer<typeof SupportedValueSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
export type ConflictKind = z.infer<typeof ConflictKindSchema>;
export type ResolutionRule = z.infer<typeof ResolutionRuleSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
export type Official = z.infer<typeof OfficialSchema>;
export type MergedTitle = z.infer<typeof MergedTitleSchema>;
export type MergedEntity = z.infer<typeof MergedEntitySchema>;
export type MergedFigure = z.infer<typeof MergedFigureSchema>;
export type MergedAgreement = z.infer<typeof MergedAgreementSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Events = z.infer<typeof EventsSchema>;
