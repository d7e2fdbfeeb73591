import { z } from 'zod';

/** A stretch of the ORIGINAL input: UTF-16 offsets after decoding, `text === original.slice(start, end)`. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

/** Where a value came from: stated in the article text, given with the input record, or set by an option. */
export const BasisSchema = z.enum(['text', 'input', 'option']);

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const SourceSchema = z.object({
  path: z.string().optional(),
  id: z.string().optional(),
  line: z.number().int().positive().optional(),
  url: z.string().optional(),
  sha256: z.string().optional(),
  chars: z.number().int().nonnegative().optional(),
  encoding: z.enum(['utf-8', 'windows-1252', 'latin1']).optional(),
});
export type Source = z.infer<typeof SourceSchema>;
