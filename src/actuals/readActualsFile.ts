/**
 * An actuals file's bytes into rows of text, then into a table (parseRows.ts): CSV through
 * papaparse, .xlsx through exceljs (loaded only when a workbook is read, so the page does not carry
 * it otherwise). Both run in Node and in the browser. Never throws: an unreadable file is a problem
 * like any other.
 *
 * CSV text is UTF-8 (with or without the BOM Excel writes) or, when it is not valid UTF-8, GB18030:
 * what Excel on a Chinese Windows saves "CSV" as.
 */
import Papa from 'papaparse';
import { parseActualsRows } from './parseRows.ts';
import { MAX_ACTUALS_FILE_BYTES, type ReadActualsResult, shorten } from './table.ts';

function problem(code: 'file-too-large' | 'unreadable' | 'no-sheet', value?: string): ReadActualsResult {
  return {
    ok: false,
    problems: [
      {
        code,
        row: 0,
        columnLetter: '',
        column: '',
        value,
        limit: code === 'file-too-large' ? MAX_ACTUALS_FILE_BYTES : undefined,
      },
    ],
  };
}

/** Text of a CSV file: UTF-8 if it is valid UTF-8 (BOM dropped), else GB18030. */
export function decodeCsvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function readActualsCsv(bytes: Uint8Array): ReadActualsResult {
  if (bytes.byteLength > MAX_ACTUALS_FILE_BYTES) return problem('file-too-large');
  const text = decodeCsvText(bytes);
  // Delimiter: papaparse guesses among , ; tab | (a German Excel writes ';'), but only reliably
  // without blank and comment lines. Those must stay for the reading itself, so that row numbers
  // in problems are the file's line numbers: guess first, then read with the guess.
  const guess = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', comments: '#', preview: 50 });
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: guess.meta.delimiter });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) return problem('unreadable', shorten(`${fatal.message} (row ${(fatal.row ?? 0) + 1})`));
  return parseActualsRows(parsed.data.map((r) => r.map((c) => String(c ?? ''))));
}

/** A workbook cell's value as the text a user sees (dates as YYYY-MM-DD, formulas by their result). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    // exceljs reads a date cell as midnight UTC of that calendar day.
    const y = value.getUTCFullYear();
    const m = String(value.getUTCMonth() + 1).padStart(2, '0');
    const d = String(value.getUTCDate()).padStart(2, '0');
    return `${y}-${m}-${d}`;
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return v.richText.map((r: { text?: unknown }) => String(r.text ?? '')).join('');
    if ('result' in v) return cellText(v.result);
    if ('formula' in v || 'sharedFormula' in v) return '';
    if (typeof v.text === 'string') return v.text;
    if (typeof v.error === 'string') return v.error;
  }
  return '';
}

/** Worksheet names tried first (either language), else the first sheet with rows. */
const PREFERRED_SHEETS = ['actuals', '实际', '实际数据'];

interface SheetLike {
  name: string;
  actualRowCount: number;
  eachRow(opt: { includeEmpty: boolean }, cb: (row: { values: unknown }, rowNumber: number) => void): void;
}

export async function readActualsXlsx(bytes: Uint8Array): Promise<ReadActualsResult> {
  if (bytes.byteLength > MAX_ACTUALS_FILE_BYTES) return problem('file-too-large');
  let sheets: SheetLike[];
  try {
    const mod = await import('exceljs');
    const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
    const workbook = new ExcelJS.Workbook();
    // exceljs's typings ask for a Node Buffer; it reads any ArrayBuffer view in both Node and browsers.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    sheets = workbook.worksheets as unknown as SheetLike[];
  } catch (error) {
    return problem('unreadable', shorten(error instanceof Error ? error.message : String(error)));
  }
  const withRows = sheets.filter((s) => s.actualRowCount > 0);
  const sheet = withRows.find((s) => PREFERRED_SHEETS.includes(s.name.trim().toLowerCase())) ?? withRows[0];
  if (!sheet) return problem('no-sheet');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    // row.values is 1-based (index 0 unused); rows keep their sheet numbers so problems name them.
    const values = Array.isArray(row.values) ? (row.values as unknown[]).slice(1) : [];
    while (rows.length < rowNumber - 1) rows.push([]);
    rows.push(values.map(cellText));
  });
  return parseActualsRows(rows);
}

/** True when the bytes start like a zip archive (an .xlsx workbook). */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

/** Reads a CSV or an .xlsx file, told apart by content (a zip archive is a workbook), not by name. */
export function readActualsFile(bytes: Uint8Array): Promise<ReadActualsResult> {
  return looksLikeXlsx(bytes) ? readActualsXlsx(bytes) : Promise.resolve(readActualsCsv(bytes));
}
