import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readActualsCsv, readActualsFile, readActualsXlsx } from '../../src/actuals/readActualsFile.ts';
import { sampleActualsCsv } from '../../src/actuals/sampleActuals.ts';

const encode = (text: string) => new TextEncoder().encode(text);

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('actuals files', () => {
  it('the sample file in scenarios/ is exactly what its stated model generates', () => {
    expect(readFileSync('scenarios/luohe-2023-actuals.csv', 'utf8')).toBe(sampleActualsCsv());
  });

  it('reads the sample: 24 months, every column, its two gaps and its installments', () => {
    const result = readActualsCsv(readFileSync('scenarios/luohe-2023-actuals.csv'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.months[0]).toBe('2023-01');
    expect(result.table.months).toHaveLength(24);
    expect(result.table.columns).toHaveLength(15);
    expect(result.table.values.egress_p95_mbps![7]).toBeNull();
    expect(result.table.values.sms_sent![13]).toBeNull();
    expect(result.table.paidCny!.filter((p) => p !== null)).toEqual([
      '961200.00',
      '961200.00',
      '941976.00',
      '961200.00',
    ]);
  });

  it('reads UTF-8 with the BOM Excel writes, and GB18030 from a Chinese Excel', () => {
    const text = '月份,已分配 vCPU,短信发送量\r\n2024-01,410,120000\r\n';
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text)]);
    expect(readActualsCsv(withBom)).toMatchObject({ ok: true, table: { values: { vcpu_allocated: [410] } } });
    // "月份,已分配 vCPU\r\n2024-01,410" in GB18030.
    const gb = new Uint8Array([
      0xd4,
      0xc2,
      0xb7,
      0xdd,
      0x2c,
      0xd2,
      0xd1,
      0xb7,
      0xd6,
      0xc5,
      0xe4,
      0x20,
      0x76,
      0x43,
      0x50,
      0x55,
      0x0d,
      0x0a,
      ...encode('2024-01,410'),
    ]);
    expect(readActualsCsv(gb)).toMatchObject({ ok: true, table: { values: { vcpu_allocated: [410] } } });
  });

  it('reads a semicolon-separated file (a German Excel)', () => {
    const result = readActualsCsv(encode('month;vm_count\n2024-01;150\n2024-02;151\n'));
    expect(result).toMatchObject({ ok: true, table: { values: { vm_count: [150, 151] } } });
  });

  it('reads an .xlsx sheet: date cells, numbers, formulas by their result; the "actuals" sheet first', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('notes').addRow(['this sheet is not the table']);
      const ws = wb.addWorksheet('实际数据');
      ws.addRow(['月份', '已分配 vCPU', '已付金额']);
      ws.addRow([new Date(Date.UTC(2024, 0, 1)), 410, 961200]);
      ws.addRow(['2024-02', { formula: 'B2+2', result: 412 }, null]);
    });
    const result = await readActualsFile(bytes);
    expect(result).toEqual({
      ok: true,
      table: {
        months: ['2024-01', '2024-02'],
        columns: ['vcpu_allocated', 'paid_cny'],
        values: { vcpu_allocated: [410, 412] },
        paidCny: ['961200.00', null],
      },
    });
  });

  it('names a bad cell of a workbook by its sheet row and column', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['month', 'vm_count']);
      ws.addRow([]);
      ws.addRow(['2024-01', 150]);
      ws.addRow(['2024-02', 'about 150']);
    });
    const result = await readActualsXlsx(bytes);
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'not-a-number', row: 4, columnLetter: 'B', column: 'vm_count', value: 'about 150' }],
    });
  });

  it('says a damaged workbook cannot be read, and refuses files over the size limit', async () => {
    const zipHeader = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    const damaged = await readActualsFile(zipHeader);
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) expect(damaged.problems[0].code).toBe('unreadable');
    const huge = new Uint8Array(5 * 1024 * 1024);
    const result = readActualsCsv(huge);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].code).toBe('file-too-large');
  });
});

describe('the actuals columns are documented', () => {
  it('scenarios/README.md lists every column with its Chinese name', async () => {
    const { ACTUALS_COLUMNS } = await import('../../src/actuals/columns.ts');
    const doc = readFileSync('scenarios/README.md', 'utf8');
    for (const c of ACTUALS_COLUMNS) expect(doc).toContain(`| \`${c.key}\` | ${c.zh} |`);
  });
});
