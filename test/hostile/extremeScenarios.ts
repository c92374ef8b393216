/**
 * Scenarios pushed to the schema's bounds, generated from the JSON Schema (itself generated from the
 * zod schema, so a new field or a changed bound is covered without editing this file):
 * - every numeric field (the first element of each array) at its minimum and at its maximum —
 *   an exclusive minimum of 0 becomes the smallest positive double;
 * - every decimal-string field (money, rates, factors) at the largest its pattern allows, and 0;
 * - every array with a maximum length filled to it, by copies of its first element with fresh ids;
 * - the largest estate: every size at once (500 hosts, 300 systems, 5,000 VMs, 120 months, 50 SMS
 *   categories at 100 M messages a year, 200 bulk copies, DDoS every day).
 */

import { scenarioJsonSchema } from '../../src/scenario/jsonSchema.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { largestEstateOf } from './largestEstate.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
};

export type Path = (string | number)[];

export interface Variant {
  /** What was pushed, e.g. "compute.hosts[0].vcpu = max (1024)". */
  label: string;
  /** The field pushed. */
  path: Path;
  doc: Json;
}

const SCHEMA = scenarioJsonSchema() as JsonSchema;

export function pathText(path: Path): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** The schema of the value at `path` in `doc` (unions resolved by the value's `kind`). */
function schemaAt(doc: Json, path: Path): JsonSchema | undefined {
  let schema: JsonSchema | undefined = SCHEMA;
  let node: Json | undefined = doc;
  for (const key of path) {
    if (!schema) return undefined;
    schema = resolveUnion(schema, node);
    if (typeof key === 'number') schema = schema.items;
    else schema = schema.properties?.[key];
    node = node && typeof node === 'object' ? (node as Record<string | number, Json>)[key] : undefined;
  }
  return schema ? resolveUnion(schema, node) : undefined;
}

function resolveUnion(schema: JsonSchema, node: Json | undefined): JsonSchema {
  const options = schema.oneOf ?? schema.anyOf;
  if (!options) return schema;
  const kind = node && typeof node === 'object' && !Array.isArray(node) ? node.kind : undefined;
  return (
    options.find((o) => o.properties?.kind?.const === kind) ??
    options.find((o) => o.type === (Array.isArray(node) ? 'array' : typeof node)) ??
    options[0]
  );
}

function setAt(doc: Json, path: Path, value: Json): Json {
  const copy = structuredClone(doc);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1]] = value;
  return copy;
}

function getAt(doc: Json, path: Path): Json | undefined {
  let node: Json | undefined = doc;
  for (const key of path)
    node = node && typeof node === 'object' ? (node as Record<string | number, Json>)[key] : undefined;
  return node;
}

/** Leaves of `doc` (the first element of every array), and every array, with their paths. */
export function walk(doc: Json, visit: (path: Path, value: Json) => void, path: Path = []): void {
  visit(path, doc);
  if (Array.isArray(doc)) {
    if (doc.length > 0) walk(doc[0], visit, [...path, 0]);
  } else if (doc && typeof doc === 'object') {
    for (const [k, v] of Object.entries(doc)) walk(v, visit, [...path, k]);
  }
}

const DECIMAL_PATTERN = /\\d\{1,12\}/;

function numberBounds(schema: JsonSchema): { min?: number; max?: number } {
  const min =
    schema.minimum ??
    (schema.exclusiveMinimum !== undefined
      ? schema.exclusiveMinimum === 0
        ? Number.MIN_VALUE
        : schema.exclusiveMinimum + Math.max(Number.EPSILON, Math.abs(schema.exclusiveMinimum) * 1e-12)
      : undefined);
  const max = schema.maximum ?? schema.exclusiveMaximum;
  return { min, max };
}

function withFreshIds(item: Json, k: number): Json {
  const copy = structuredClone(item);
  if (copy && typeof copy === 'object' && !Array.isArray(copy)) {
    for (const key of ['id', 'systemId'] as const) {
      if (typeof copy[key] === 'string') copy[key] = `${copy[key]}-x${k}`.slice(0, 64);
    }
  }
  return copy;
}

/** Every bound of every field of `doc`, one variant each. */
export function boundVariants(doc: Json): Variant[] {
  const variants: Variant[] = [];
  walk(doc, (path, value) => {
    const schema = schemaAt(doc, path);
    if (!schema) return;
    const label = pathText(path);
    if (typeof value === 'number') {
      const { min, max } = numberBounds(schema);
      if (min !== undefined)
        variants.push({ label: `${label} = min (${min})`, path, doc: setAt(doc, path, min) });
      if (max !== undefined)
        variants.push({ label: `${label} = max (${max})`, path, doc: setAt(doc, path, max) });
    } else if (typeof value === 'string' && schema.pattern && DECIMAL_PATTERN.test(schema.pattern)) {
      const largest = schema.pattern.includes('\\.\\d{2}$')
        ? '999999999999.99'
        : '999999999999.99999999999999999999';
      variants.push({ label: `${label} = max ("${largest}")`, path, doc: setAt(doc, path, largest) });
      const zero = schema.pattern.includes('\\.\\d{2}$') ? '0.00' : '0';
      variants.push({ label: `${label} = min ("${zero}")`, path, doc: setAt(doc, path, zero) });
    } else if (
      Array.isArray(value) &&
      schema.maxItems !== undefined &&
      value.length > 0 &&
      schema.maxItems > value.length
    ) {
      const filled = [...value];
      for (let k = value.length; k < schema.maxItems; k++)
        filled.push(withFreshIds(value[k % value.length], k));
      variants.push({
        label: `${label} filled to ${schema.maxItems} items`,
        path,
        doc: setAt(doc, path, filled),
      });
    }
  });
  return variants;
}

/** Whether `path` names something that exists in `doc` (a refusal must point at a real field). */
export function pathExists(doc: Json, path: string): boolean {
  if (path === '') return true;
  const keys: Path = [];
  for (const m of path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    keys.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(`"${m[3]}"`)));
  }
  // The last key may be one the document lacks (a missing required field); its parent must exist.
  return getAt(doc, keys.slice(0, -1)) !== undefined;
}

/** Every size at once on the baseline: the largest estate the schema accepts. */
export function largestEstate(): Scenario {
  return largestEstateOf(builtInScenario(BASELINE_ID)!);
}
