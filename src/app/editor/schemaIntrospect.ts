/**
 * Reads the zod scenario schema so the editor can be generated from it: what kind of input a node
 * needs, its bounds and options, and a starting value for a new list item. Only the zod kinds the
 * scenario schema uses are handled; anything else is shown read-only.
 */
import { z } from 'zod';

export type FieldKind =
  | { kind: 'object'; shape: Record<string, z.ZodType> }
  | { kind: 'array'; element: z.ZodType }
  | { kind: 'number'; min: number | null; max: number | null; integer: boolean }
  | { kind: 'string'; date: boolean }
  | { kind: 'boolean' }
  | { kind: 'enum'; options: string[] }
  | { kind: 'literal'; value: string }
  | { kind: 'variants'; discriminator: string; options: z.ZodType[] }
  | { kind: 'numberOrString' }
  | { kind: 'unknown' };

export function unwrap(schema: z.ZodType): { schema: z.ZodType; optional: boolean } {
  if (schema instanceof z.ZodOptional) return { schema: schema.unwrap() as z.ZodType, optional: true };
  return { schema, optional: false };
}

export function fieldKind(schema: z.ZodType, key = ''): FieldKind {
  if (schema instanceof z.ZodObject)
    return { kind: 'object', shape: schema.shape as Record<string, z.ZodType> };
  if (schema instanceof z.ZodArray) return { kind: 'array', element: schema.element as z.ZodType };
  if (schema instanceof z.ZodNumber) {
    const min = schema.minValue;
    const max = schema.maxValue;
    return {
      kind: 'number',
      min: Number.isFinite(min) ? min : null,
      max: Number.isFinite(max) ? max : null,
      integer: schema.isInt,
    };
  }
  if (schema instanceof z.ZodString)
    return { kind: 'string', date: /date$/i.test(key) || /Dates$/.test(key) };
  if (schema instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (schema instanceof z.ZodEnum) return { kind: 'enum', options: schema.options.map(String) };
  if (schema instanceof z.ZodLiteral) return { kind: 'literal', value: String(schema.value) };
  if (schema instanceof z.ZodUnion) {
    const options = schema.options as z.ZodType[];
    const discriminator = (schema._zod.def as { discriminator?: string }).discriminator;
    if (discriminator) return { kind: 'variants', discriminator, options };
    return { kind: 'numberOrString' };
  }
  return { kind: 'unknown' };
}

/** The value of the discriminator literal of a variant (e.g. 'exponential'). */
export function variantName(option: z.ZodType, discriminator: string): string {
  const k = fieldKind(option);
  if (k.kind !== 'object') return '';
  const d = k.shape[discriminator];
  return d instanceof z.ZodLiteral ? String(d.value) : '';
}

/** A starting value that has the schema's shape (the validation then says what still needs filling in). */
export function defaultValue(schema: z.ZodType, key = '', fallbackDate = '2023-01-01'): unknown {
  const { schema: s, optional } = unwrap(schema);
  if (optional) return undefined;
  const k = fieldKind(s, key);
  switch (k.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, child] of Object.entries(k.shape)) {
        const v = defaultValue(child, name, fallbackDate);
        if (v !== undefined) out[name] = v;
      }
      return out;
    }
    case 'array':
      return [];
    case 'number':
      return k.min !== null && k.min > 0 ? k.min : 0;
    case 'string':
      return k.date ? fallbackDate : key === 'id' || /Id$/.test(key) ? 'new-item' : '';
    case 'boolean':
      return false;
    case 'enum':
      return k.options[0];
    case 'literal':
      return k.value;
    case 'variants':
      return defaultValue(k.options[0], key, fallbackDate);
    case 'numberOrString':
      return 0;
    default:
      return null;
  }
}
