import { z } from 'zod';
import { IsoDateSchema, SpanSchema } from './common.js';
import { TitleFactSchema } from './article.js';

export const EVENTS_SCHEMA_ID = 'newsfacts/events@1';

/** One article's evidence for a merged value: the article's id and the spans in that article. */
export const SupportSchema = z.object({ article: z.string(), spans: z.array(SpanSchema) });

export const ConflictSchema = z.object({
  field: z.string(),
  values: z.array(z.object({ value: z.unknown(), sources: z.array(SupportSchema) })),
  kind: z.enum(['equivalent', 'variant', 'typo', 'genuine']),
  resolution: z.object({
    value: z.unknown(),
    rule: z.enum(['canonical-form', 'most-specific', 'majority-independent', 'unresolved']),
  }),
});

export const EventSchema = z.object({
  id: z.string(),
  articles: z.array(z.string()),
  date: z
    .object({ value: IsoDateSchema, basis: z.enum(['text', 'published', 'cluster']), support: z.array(SupportSchema) })
    .nullable(),
  place: z.object({ value: z.string(), support: z.array(SupportSchema) }).nullable(),
  officials: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      titles: z.array(TitleFactSchema.extend({ support: z.array(SupportSchema) })),
      support: z.array(SupportSchema),
    }),
  ),
  organizations: z.array(z.object({ id: z.string(), name: z.string(), support: z.array(SupportSchema) })),
  figures: z.array(
    z.object({
      id: z.string(),
      value: z.union([z.number(), z.object({ low: z.number(), high: z.number() })]),
      unit: z.string(),
      quantity: z.string(),
      counts: z.string().nullable(),
      support: z.array(SupportSchema),
    }),
  ),
  agreements: z.array(
    z.object({ id: z.string(), action: z.string(), status: z.string(), parties: z.array(z.string()), support: z.array(SupportSchema) }),
  ),
  conflicts: z.array(ConflictSchema),
});

export const EventsSchema = z.object({ schema: z.literal(EVENTS_SCHEMA_ID), events: z.array(EventSchema) });

export type Support = z.infer<typeof SupportSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Events = z.infer<typeof EventsSchema>;
