import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../src/scenario/jsonSchema.ts';

it('scenarios/scenario.schema.json is what the zod schema generates now (run `npm run schema`)', () => {
  const onDisk = readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url), 'utf8');
  expect(onDisk).toBe(scenarioJsonSchemaText());
});

it('every scenario file points editors at the schema', () => {
  const text = readFileSync(new URL('../../scenarios/luohe-2023-baseline.json', import.meta.url), 'utf8');
  expect(JSON.parse(text).$schema).toBe('./scenario.schema.json');
});
