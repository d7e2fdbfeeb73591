import { z } from 'zod';
import { SourceSchema } from './common.js';

export const ERROR_SCHEMA_ID = 'newsfacts/error@1';

/** The one table of expected-failure codes (bad input is a value, not an exception). */
export const ERROR_CODES = [
  'empty',
  'binary',
  'too-large',
  'unreadable',
  'not-found',
  'bad-encoding',
  'jsonl-malformed',
  'jsonl-missing-text',
  'extract-failed',
] as const;

export const ErrorRecordSchema = z.object({
  schema: z.literal(ERROR_SCHEMA_ID),
  source: SourceSchema,
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }),
});

export type ErrorCode = (typeof ERROR_CODES)[number];
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
