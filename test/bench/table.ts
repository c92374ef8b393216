/** Formats the bench result as a two-column table of dotted field names and values. */
import type { BenchFields } from './section.ts';

function flatten(fields: BenchFields, prefix: string, rows: [string, string][]): void {
  for (const [key, value] of Object.entries(fields)) {
    const name = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'object') flatten(value, name, rows);
    else rows.push([name, formatValue(value)]);
  }
}

function formatValue(value: number | string | boolean): string {
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return String(value);
}

export function formatTable(fields: BenchFields): string {
  const rows: [string, string][] = [];
  flatten(fields, '', rows);
  const nameWidth = Math.max('field'.length, ...rows.map(([name]) => name.length));
  const valueWidth = Math.max('value'.length, ...rows.map(([, value]) => value.length));
  const line = `${'-'.repeat(nameWidth)}  ${'-'.repeat(valueWidth)}`;
  const body = rows.map(([name, value]) => `${name.padEnd(nameWidth)}  ${value.padStart(valueWidth)}`);
  return [`${'field'.padEnd(nameWidth)}  ${'value'.padStart(valueWidth)}`, line, ...body].join('\n');
}
