import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { EventsSchema } from './events.js';
import { ErrorRecordSchema } from './error.js';

export const SCHEMA_NAMES = ['article', 'events', 'error'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const byName = { article: ArticleSchema, events: EventsSchema, error: ErrorRecordSchema } as const;

/** The JSON Schema (draft 2020-12) generated from the zod contract. */
export function jsonSchema(name: SchemaName): object {
  return z.toJSONSchema(byName[name], { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' });
}
