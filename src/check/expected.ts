import { ArticleSchema } from '../schema/article.js';
import type { z } from 'zod';

/**
 * An expected record: the article record as `extract` writes it. Every top-level field is
 * optional, so a curated file may keep only the reviewed fields; a field left out is not checked.
 */
export const ExpectedSchema = ArticleSchema.partial();
export type Expected = z.infer<typeof ExpectedSchema>;

export type ParsedExpected = { ok: true; value: Expected } | { ok: false; message: string };

/** Text of an expected file → the record, or why it is unusable. */
export function parseExpected(text: string): ParsedExpected {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not valid JSON (${(e as Error).message})` };
  }
  const parsed = ExpectedSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `not an article record: ${issue.path.join('.') || '(root)'}: ${issue.message}` };
}
