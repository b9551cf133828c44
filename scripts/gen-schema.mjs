// Writes schema/network.schema.json from the built zod schema (run `npm run schema` after changing src/definition/schema.ts).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { networkJsonSchemaText, SCHEMA_FILE } from '../dist/definition/jsonSchema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, SCHEMA_FILE), networkJsonSchemaText());
console.log(`wrote ${SCHEMA_FILE}`);
