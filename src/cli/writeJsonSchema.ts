/** Writes scenarios/scenario.schema.json from the zod schema (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../scenario/jsonSchema.ts';

const target = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
