/**
 * The run's tables (runTables.ts) as CSV files in one zip: UTF-8 with a BOM so spreadsheet programs
 * read Chinese, CRLF line ends, names in the UI language that every system extracts (the zip marks
 * them UTF-8), money kept as exact strings. Pure: the browser download is in download.ts.
 */
import { strToU8, zipSync } from 'fflate';
import type { Cell, ExportTable } from './runTables.ts';

function cell(v: Cell): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Path in the zip → CSV text. */
export function csvFiles(tables: readonly ExportTable[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const table of tables) files[`${table.file}.csv`] = toCsv(table.header, table.rows);
  return files;
}

/** The zip; `mtime` stamps every entry (the export's date) so the same export gives the same bytes. */
export function csvZip(tables: readonly ExportTable[], mtime: Date): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, text] of Object.entries(csvFiles(tables))) entries[name] = [strToU8(text), { mtime }];
  return zipSync(entries);
}
