import { write } from '../../cli/io.js';
import { jsonDocument } from '../serialize.js';
import type { Reporter } from './context.js';

/** The `newsfacts/check@1` record as indented JSON (never coloured). */
export const json: Reporter = async (report, ctx) => {
  await write(ctx.io.stdout, jsonDocument(report));
};
