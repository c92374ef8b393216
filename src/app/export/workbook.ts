/**
 * The run's tables as an Excel workbook, one sheet per table, made with exceljs (passed in, so the
 * browser loads it only when asked and tests use Node's). Money columns become numbers to the fen
 * with a ¥ number format (the exact string and the number agree: every amount is below 2^53 fen);
 * headers bold and frozen; columns sized to their content.
 */
import type ExcelJS from 'exceljs';
import type { ExportTable } from './runTables.ts';

export interface WorkbookMeta {
  /** The export's date, for the workbook's properties. */
  made: Date;
  title: string;
}

export async function buildWorkbook(
  tables: readonly ExportTable[],
  excel: { Workbook: typeof ExcelJS.Workbook },
  meta: WorkbookMeta,
): Promise<ArrayBuffer> {
  const wb = new excel.Workbook();
  wb.creator = 'Luohe government cloud planner';
  wb.created = meta.made;
  wb.modified = meta.made;
  wb.title = meta.title;
  for (const table of tables) {
    const ws = wb.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(table.header).font = { bold: true };
    const money = new Set(table.moneyColumns ?? []);
    for (const row of table.rows) {
      ws.addRow(row.map((v, i) => (money.has(i) && typeof v === 'string' && v !== '' ? Number(v) : v)));
    }
    table.header.forEach((h, i) => {
      const column = ws.getColumn(i + 1);
      if (money.has(i)) column.numFmt = '¥#,##0.00;-¥#,##0.00';
      const widest = Math.max(
        [...h].length,
        ...table.rows.slice(0, 200).map((r) => [...String(r[i] ?? '')].length),
      );
      column.width = Math.min(60, Math.max(8, widest + 2));
    });
  }
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
