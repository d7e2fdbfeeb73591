export * from './common.js';
export * from './article.js';
export * from './error.js';
export * from './json-schema.js';
export { EVENTS_SCHEMA_ID, EventsSchema, EventSchema, ConflictSchema, SupportSchema } from './events.js';
export type { Events, Event, Conflict, Support } from './events.js';
