import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchema, SCHEMA_NAMES } from '../../src/schema/json-schema.js';

describe('committed JSON Schemas', () => {
  it.each(SCHEMA_NAMES)('schema/%s.schema.json equals a fresh generation (run npm run schema:write)', (name) => {
    const committed = JSON.parse(readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8'));
    expect(committed).toEqual(jsonSchema(name));
  });
});
