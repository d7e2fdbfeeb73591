// Regenerates the committed JSON Schemas in schema/ from the zod contract (npm run schema:write).
import { writeFileSync } from 'node:fs';
import { jsonSchema, SCHEMA_NAMES } from '../src/schema/json-schema.js';

for (const name of SCHEMA_NAMES) {
  writeFileSync(new URL(`../schema/${name}.schema.json`, import.meta.url), JSON.stringify(jsonSchema(name), null, 2) + '\n');
  console.log(`schema/${name}.schema.json`);
}
