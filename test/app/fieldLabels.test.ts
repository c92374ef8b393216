import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  FIELD_LABELS_EN,
  FIELD_LABELS_ZH,
  fieldUnit,
  optionLabel,
} from '../../src/app/editor/fieldLabels.ts';
import { scenarioObjectSchema } from '../../src/scenario/schema.ts';

/** Every field name and every option value of the scenario schema. */
function walk(schema: z.ZodType, fields: Set<string>, options: Set<string>): void {
  if (schema instanceof z.ZodOptional) walk(schema.unwrap() as z.ZodType, fields, options);
  else if (schema instanceof z.ZodObject) {
    for (const [k, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      fields.add(k);
      walk(child, fields, options);
    }
  } else if (schema instanceof z.ZodArray) walk(schema.element as z.ZodType, fields, options);
  else if (schema instanceof z.ZodUnion)
    for (const o of schema.options as z.ZodType[]) walk(o, fields, options);
  else if (schema instanceof z.ZodEnum) for (const o of schema.options) options.add(String(o));
  else if (schema instanceof z.ZodLiteral) options.add(String(schema.value));
  else if (schema instanceof z.ZodPipe) walk(schema.in as z.ZodType, fields, options);
}

describe('field labels', () => {
  const fields = new Set<string>();
  const options = new Set<string>();
  walk(scenarioObjectSchema, fields, options);

  it('label every field of the scenario in both languages', () => {
    const missingZh = [...fields].filter((f) => !(f in FIELD_LABELS_ZH));
    const missingEn = [...fields].filter((f) => !(f in FIELD_LABELS_EN));
    expect(missingZh).toEqual([]);
    expect(missingEn).toEqual([]);
    expect(Object.keys(FIELD_LABELS_EN).sort()).toEqual(Object.keys(FIELD_LABELS_ZH).sort());
  });

  it('name every option of a choice in both languages', () => {
    const named = [...options].filter((o) => o !== '1'); // the version literal is not a choice
    for (const o of named) {
      expect(`option:${o}` in FIELD_LABELS_ZH, o).toBe(true);
      expect(optionLabel(o, 'zh-CN'), o).toMatch(/[\u4e00-\u9fff]|vCPU/);
    }
  });

  it('read units from the names, in the language', () => {
    expect(fieldUnit('ramGb', 'zh-CN')).toBe('GB');
    expect(fieldUnit('meanHours', 'zh-CN')).toBe('小时');
    expect(fieldUnit('meanHours', 'en')).toBe('hours');
    expect(fieldUnit('totalInclVatCny', 'zh-CN')).toBe('元');
    expect(fieldUnit('cpuUtilisation', 'en')).toBe('fraction (0–1)');
  });
});
