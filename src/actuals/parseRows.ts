/**
 * Rows of text (a CSV's or a worksheet's cells, the first row the header) into an actuals table,
 * or every problem found. Never throws and never returns a partial table.
 *
 * Accepted, so that files written by hand, by Excel (either language) or by a monitoring export
 * read as they are: full-width digits and punctuation (NFKC), thousands separators ("1,234.5"),
 * months as 2024-06, 2024/6, 2024-06-01, 2024/6/1 or 2024年6月, blank rows anywhere, months in any
 * order and with gaps, money with a leading ¥, comment rows whose first cell starts with '#'. Refused: anything else in a cell, a negative or
 * out-of-range value, a fraction where a count is expected, a month given twice, an unknown header.
 */
import { ACTUALS_COLUMNS, type ActualsColumnKey, actualsColumn, columnForHeader } from './columns.ts';
import {
  type ActualsProblem,
  type ActualsTable,
  columnLetter,
  MAX_ACTUALS_ROWS,
  MAX_LISTED_PROBLEMS,
  type ReadActualsResult,
  shorten,
} from './table.ts';

const MONTH_PATTERN = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?:\s*[-/.]?\s*(\d{1,2})\s*日?)?$/u;
const PLAIN_NUMBER = /^\+?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^\+?\d{1,3}(,\d{3})+(\.\d+)?$/;
const MONEY = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/** 'YYYY-MM' for a month cell, or null. Years 2000–2199; a day, if given, must exist in the month. */
export function parseMonthCell(raw: string): string | null {
  const m = MONTH_PATTERN.exec(raw.normalize('NFKC').trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 2000 || year > 2199 || month < 1 || month > 12) return null;
  if (m[3] !== undefined) {
    const day = Number(m[3]);
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    if (day < 1 || day > days) return null;
  }
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function monthIndex(label: string): number {
  return Number(label.slice(0, 4)) * 12 + Number(label.slice(5, 7)) - 1;
}

export function monthLabel(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

type CellResult =
  | { ok: true; value: number | string | null }
  | { ok: false; problem: Omit<ActualsProblem, 'row' | 'columnLetter' | 'column'> };

function parseNumberCell(raw: string, key: ActualsColumnKey): CellResult {
  const col = actualsColumn(key);
  let text = raw.normalize('NFKC').trim();
  if (text === '') return { ok: true, value: null };
  if (text.startsWith('-') && PLAIN_NUMBER.test(text.slice(1).replaceAll(',', ''))) {
    return { ok: false, problem: { code: 'negative', value: shorten(raw.trim()) } };
  }
  if (GROUPED_NUMBER.test(text)) text = text.replaceAll(',', '');
  if (!PLAIN_NUMBER.test(text))
    return { ok: false, problem: { code: 'not-a-number', value: shorten(raw.trim()) } };
  const value = Number(text);
  if (!Number.isFinite(value))
    return { ok: false, problem: { code: 'not-a-number', value: shorten(raw.trim()) } };
  if (value > col.max)
    return { ok: false, problem: { code: 'too-large', value: shorten(raw.trim()), limit: col.max } };
  if (col.whole && !Number.isInteger(value))
    return { ok: false, problem: { code: 'not-whole', value: shorten(raw.trim()) } };
  return { ok: true, value };
}

function parseMoneyCell(raw: string): CellResult {
  let text = raw.normalize('NFKC').trim().replace(/^¥\s*/u, '');
  if (text === '') return { ok: true, value: null };
  if (text.startsWith('-')) return { ok: false, problem: { code: 'negative', value: shorten(raw.trim()) } };
  if (GROUPED_NUMBER.test(text)) text = text.replaceAll(',', '');
  const m = MONEY.exec(text);
  if (!m) return { ok: false, problem: { code: 'bad-money', value: shorten(raw.trim()) } };
  return { ok: true, value: `${String(Number(m[1]))}.${(m[2] ?? '').padEnd(2, '0')}` };
}

/** Blank rows, and comment rows (first cell starting with '#'), are skipped wherever they are. */
const isBlankRow = (row: readonly string[]) =>
  row.every((c) => c.trim() === '') || (row[0] ?? '').trim().startsWith('#');

/**
 * Reads `rows` (header first). Every problem is collected (up to MAX_LISTED_PROBLEMS, the last
 * entry then saying how many more) before deciding, so a user fixes the file in one pass.
 */
export function parseActualsRows(rows: readonly (readonly string[])[]): ReadActualsResult {
  const problems: ActualsProblem[] = [];
  const headerRowIndex = rows.findIndex((r) => !isBlankRow(r));
  if (headerRowIndex < 0)
    return { ok: false, problems: [{ code: 'empty-table', row: 0, columnLetter: '', column: '' }] };
  const header = rows[headerRowIndex];

  // 1. The header: which column is which.
  let monthCol = -1;
  const keyByCol = new Map<number, ActualsColumnKey>();
  const colByKey = new Map<string, number>();
  header.forEach((cell, c) => {
    const text = cell.trim();
    if (text === '') return;
    const key = columnForHeader(text);
    const at = { row: headerRowIndex + 1, columnLetter: columnLetter(c), column: shorten(text) };
    if (key === undefined) problems.push({ code: 'unknown-column', ...at, value: shorten(text) });
    else if (colByKey.has(key)) problems.push({ code: 'duplicate-column', ...at, value: shorten(text) });
    else {
      colByKey.set(key, c);
      if (key === 'month') monthCol = c;
      else keyByCol.set(c, key);
    }
  });
  if (monthCol < 0)
    problems.push({ code: 'no-month-column', row: headerRowIndex + 1, columnLetter: '', column: '' });
  if (keyByCol.size === 0)
    problems.push({ code: 'no-value-column', row: headerRowIndex + 1, columnLetter: '', column: '' });
  if (problems.length > 0) return { ok: false, problems };

  const body = rows.slice(headerRowIndex + 1).map((r, i) => ({ row: headerRowIndex + 2 + i, cells: r }));
  const dataRows = body.filter((r) => !isBlankRow(r.cells));
  if (dataRows.length === 0)
    return { ok: false, problems: [{ code: 'empty-table', row: 0, columnLetter: '', column: '' }] };
  if (dataRows.length > MAX_ACTUALS_ROWS) {
    return {
      ok: false,
      problems: [{ code: 'too-many-rows', row: 0, columnLetter: '', column: '', limit: MAX_ACTUALS_ROWS }],
    };
  }

  // 2. Every cell, every problem.
  const headerText = (c: number) => shorten(header[c].trim());
  const parsed: { month: number; values: Map<ActualsColumnKey, number | string | null> }[] = [];
  const seenMonth = new Map<number, number>();
  for (const { row, cells } of dataRows) {
    const rawMonth = cells[monthCol] ?? '';
    const month = parseMonthCell(rawMonth);
    const monthAt = { row, columnLetter: columnLetter(monthCol), column: headerText(monthCol) };
    let index = -1;
    if (month === null) problems.push({ code: 'bad-month', ...monthAt, value: shorten(rawMonth.trim()) });
    else {
      index = monthIndex(month);
      if (seenMonth.has(index)) problems.push({ code: 'duplicate-month', ...monthAt, value: month });
      seenMonth.set(index, row);
    }
    const values = new Map<ActualsColumnKey, number | string | null>();
    cells.forEach((cell, c) => {
      if (c === monthCol) return;
      const key = keyByCol.get(c);
      if (key === undefined) {
        // A value under a blank header (right of the table, say) means something: refuse it.
        if (cell.trim() !== '')
          problems.push({
            code: 'cell-without-header',
            row,
            columnLetter: columnLetter(c),
            column: '',
            value: shorten(cell.trim()),
          });
        return;
      }
      const result = key === 'paid_cny' ? parseMoneyCell(cell) : parseNumberCell(cell, key);
      if (result.ok) values.set(key, result.value);
      else problems.push({ ...result.problem, row, columnLetter: columnLetter(c), column: headerText(c) });
    });
    if (index >= 0) parsed.push({ month: index, values });
  }
  if (problems.length === 0 && parsed.length > 0) {
    const first = Math.min(...parsed.map((p) => p.month));
    const last = Math.max(...parsed.map((p) => p.month));
    if (last - first + 1 > MAX_ACTUALS_ROWS) {
      problems.push({
        code: 'months-span-too-long',
        row: 0,
        columnLetter: '',
        column: '',
        limit: MAX_ACTUALS_ROWS,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems: capProblems(problems) };

  // 3. The table: consecutive months from first to last, gaps as nulls.
  const first = Math.min(...parsed.map((p) => p.month));
  const last = Math.max(...parsed.map((p) => p.month));
  const span = last - first + 1;
  const columns = ACTUALS_COLUMNS.map((c) => c.key).filter((k) => colByKey.has(k));
  const table: ActualsTable = {
    months: Array.from({ length: span }, (_, i) => monthLabel(first + i)),
    columns,
    values: {},
  };
  for (const key of columns) {
    if (key === 'paid_cny') table.paidCny = new Array<string | null>(span).fill(null);
    else table.values[key] = new Array<number | null>(span).fill(null);
  }
  for (const p of parsed) {
    const i = p.month - first;
    for (const [key, value] of p.values) {
      if (key === 'paid_cny') table.paidCny![i] = value as string | null;
      else table.values[key]![i] = value as number | null;
    }
  }
  return { ok: true, table };
}

function capProblems(problems: ActualsProblem[]): ActualsProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    { code: 'more-problems', row: 0, columnLetter: '', column: '', limit: more },
  ];
}
