/**
 * The actuals table once read and checked, and the problems that stop a file from being read. A
 * table is all or nothing: one bad cell and the whole file is refused with every problem listed,
 * each naming its row (as a spreadsheet numbers it, the header being row 1) and its column (letter
 * and header), so that nothing is ever half-imported.
 */
import type { ActualsColumnKey } from './columns.ts';

export interface ActualsTable {
  /** 'YYYY-MM' from the first to the last month in the file, consecutive; a month not in the file is a gap. */
  months: string[];
  /** Columns present besides the month, in catalogue order. */
  columns: ActualsColumnKey[];
  /** Per measured column, one value per month of `months`: null where the cell was blank or the month absent. */
  values: Partial<Record<ActualsColumnKey, (number | null)[]>>;
  /** The paid column as money strings with two decimals ("160200.00"), null where blank; absent without it. */
  paidCny?: (string | null)[];
}

export type ActualsProblemCode =
  | 'file-too-large'
  | 'unreadable'
  | 'no-sheet'
  | 'empty-table'
  | 'too-many-rows'
  | 'no-month-column'
  | 'no-value-column'
  | 'unknown-column'
  | 'duplicate-column'
  | 'cell-without-header'
  | 'bad-month'
  | 'duplicate-month'
  | 'months-span-too-long'
  | 'not-a-number'
  | 'negative'
  | 'not-whole'
  | 'too-large'
  | 'bad-money'
  | 'more-problems';

export interface ActualsProblem {
  code: ActualsProblemCode;
  /** Row as a spreadsheet shows it (header = 1); 0 when the problem is the file or table as a whole. */
  row: number;
  /** Column letter as a spreadsheet shows it ('A', …, 'AA'); '' when not about one column. */
  columnLetter: string;
  /** The column's header as written in the file; '' when not about one column. */
  column: string;
  /** The cell (or detail) as given, shortened to 40 characters. */
  value?: string;
  /** A bound the value broke (largest value, most rows, …). */
  limit?: number;
}

export type ReadActualsResult = { ok: true; table: ActualsTable } | { ok: false; problems: ActualsProblem[] };

/** Rows (months) a table may have: 20 years. */
export const MAX_ACTUALS_ROWS = 240;
/** Bytes a CSV or .xlsx file may have before it is read at all. */
export const MAX_ACTUALS_FILE_BYTES = 4 * 1024 * 1024;
/** Problems listed one by one; beyond that the count is given. */
export const MAX_LISTED_PROBLEMS = 200;

/** 'A' for 0, 'Z' for 25, 'AA' for 26… */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const PROBLEM_TEXT_EN: Record<ActualsProblemCode, string> = {
  'file-too-large': 'the file is larger than {limit} bytes',
  unreadable: 'the file cannot be read as a table ({value})',
  'no-sheet': 'the workbook has no worksheet with rows',
  'empty-table': 'the table has a header but no month rows',
  'too-many-rows': 'more than {limit} rows',
  'no-month-column': 'no "month" column (月份)',
  'no-value-column': 'no column besides the month: nothing to import',
  'unknown-column': 'unknown column "{value}" (see the template for the column names)',
  'duplicate-column': 'column "{value}" appears twice',
  'cell-without-header': 'a value "{value}" in a column without a header',
  'bad-month': 'expected a month like 2024-06, got "{value}"',
  'duplicate-month': 'month {value} appears twice',
  'months-span-too-long': 'the months span more than {limit} months',
  'not-a-number': 'expected a number, got "{value}"',
  negative: 'expected a number ≥ 0, got {value}',
  'not-whole': 'expected a whole number, got {value}',
  'too-large': 'expected a number ≤ {limit}, got {value}',
  'bad-money': 'expected yuan with at most two decimals, like 160200.00, got "{value}"',
  'more-problems': '…and {limit} more problems',
};

/** One problem in English, place first: "row 7, column C (vcpu_allocated): expected a number, got "4OO"". */
export function describeProblem(p: ActualsProblem): string {
  const text = PROBLEM_TEXT_EN[p.code]
    .replace('{value}', p.value ?? '')
    .replace('{limit}', p.limit === undefined ? '' : String(p.limit));
  const where: string[] = [];
  if (p.row > 0) where.push(`row ${p.row}`);
  if (p.columnLetter) where.push(`column ${p.columnLetter}${p.column ? ` (${p.column})` : ''}`);
  return where.length > 0 ? `${where.join(', ')}: ${text}` : text;
}

export const ACTUALS_PROBLEM_CODES = Object.keys(PROBLEM_TEXT_EN) as ActualsProblemCode[];
