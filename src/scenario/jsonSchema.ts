/**
 * The JSON Schema of scenario files, generated from the zod schema so that editors can autocomplete
 * and check scenarios/*.json. Cross-section rules (crossChecks.ts) are not expressible in JSON Schema;
 * only validate.ts applies them. `npm run schema` writes it; a test fails when the file is stale.
 */
import { z } from 'zod';
import { scenarioObjectSchema } from './schema.ts';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioObjectSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://luohe-cloud-planner.local/scenario.schema.json',
    title: 'Luohe cloud planner scenario',
    description:
      'A scenario document (version 1). Generated from src/scenario/schema.ts by `npm run schema`; do not edit.',
  };
}

/** The file's exact text: two-space JSON with a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
