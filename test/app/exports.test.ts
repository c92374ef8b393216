import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvFiles, csvZip, toCsv } from '../../src/app/export/csv.ts';
import { type ExportTable, portableName, runTables, seriesFileName } from '../../src/app/export/runTables.ts';
import { buildWorkbook } from '../../src/app/export/workbook.ts';
import { inProcessWorkerFactory } from '../../src/runner/inProcessWorkers.ts';
import { createRunCoordinator } from '../../src/runner/runCoordinator.ts';
import { BASELINE_ID, copyOfBuiltIn } from '../../src/scenario/library.ts';

describe('portable names', () => {
  it('take nothing a file system refuses, and keep Chinese', () => {
    expect(portableName('hostVcpuShare:host-01')).toBe('hostVcpuShare-host-01');
    expect(portableName('a/b\\c*d?e"f<g>h|i')).toBe('a-b-c-d-e-f-g-h-i');
    expect(portableName('漯河2023–2025：已签合同-模拟结果')).toBe('漯河2023–2025：已签合同-模拟结果');
    expect(portableName('name. ')).toBe('name');
    expect(portableName('CON')).toBe('CON-');
    expect(seriesFileName('hostVcpuShare:host-01')).toBe('host-01-vcpu-share');
    expect(seriesFileName('storageUsedTb')).toBe('storage-used-tb');
  });
});

describe('CSV and workbook', () => {
  const tables: ExportTable[] = [
    { file: '配额风险一览', sheet: '配额风险一览', header: ['配额', '上限'], rows: [['存储, 主+备', 54]] },
    {
      file: '逐月序列/存储用量',
      sheet: '存储用量',
      header: ['月份', 'P50（元）'],
      rows: [['2023-01', '1234.56']],
      moneyColumns: [1],
    },
  ];

  it('quotes what needs quoting and starts with a BOM', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"']])).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n');
  });

  it('zips one CSV per table under its path, names marked UTF-8', () => {
    const zip = csvZip(tables, new Date('2026-11-27T00:00:00'));
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(Object.keys(csvFiles(tables)).sort());
    expect(strFromU8(files['配额风险一览.csv'])).toContain('"存储, 主+备",54');
    // The general-purpose flag's bit 11 (UTF-8 names) is set on the Chinese names.
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(view.getUint16(6, true) & 0x800).toBe(0x800);
  });

  it('writes a workbook with a sheet per table and money as numbers to the fen', async () => {
    const buffer = await buildWorkbook(tables, ExcelJS, {
      made: new Date('2026-11-27T00:00:00'),
      title: 't',
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['配额风险一览', '存储用量']);
    const cell = wb.getWorksheet('存储用量')?.getRow(2).getCell(2);
    expect(cell?.value).toBe(1234.56);
    expect(cell?.numFmt).toContain('¥');
  });
});

describe('the run as tables', () => {
  it('has units, rounded values and unique names for every table of a real run', async () => {
    const scenario = copyOfBuiltIn(BASELINE_ID)!;
    const coordinator = createRunCoordinator(inProcessWorkerFactory, 1, () => 0);
    const final = await coordinator.run({ scenario, replications: 20, batchSize: 10 }, () => undefined);
    coordinator.terminate();
    if (final.status !== 'done') throw new Error(final.status);
    for (const lang of ['zh-CN', 'en'] as const) {
      const tables = runTables({
        summary: final.summary,
        scenario,
        riskLevel: 'likely',
        lang,
        made: '2026-11-27',
      });
      expect(new Set(tables.map((t) => t.file.toLowerCase())).size).toBe(tables.length);
      expect(new Set(tables.map((t) => t.sheet.toLowerCase())).size).toBe(tables.length);
      for (const t of tables) {
        expect([...t.sheet].length, t.sheet).toBeLessThanOrEqual(31);
        for (const r of t.rows)
          for (const c of r) if (typeof c === 'number') expect(String(c), t.file).not.toMatch(/\.\d{4,}/);
      }
      const names = tables.map((t) => t.file);
      expect(names.every((n) => !n.includes(':'))).toBe(true);
    }
  });

  it('carries the migration answer, one row per copy, when the run moves data', async () => {
    const scenario = copyOfBuiltIn('luohe-2025-migrate-out')!;
    const coordinator = createRunCoordinator(inProcessWorkerFactory, 1, () => 0);
    const final = await coordinator.run({ scenario, replications: 10, batchSize: 10 }, () => undefined);
    coordinator.terminate();
    if (final.status !== 'done') throw new Error(final.status);
    const copies = final.summary.migrations?.length ?? 0;
    expect(copies).toBeGreaterThan(0);
    for (const lang of ['zh-CN', 'en'] as const) {
      const tables = runTables({
        summary: final.summary,
        scenario,
        riskLevel: 'likely',
        lang,
        made: '2026-11-27',
      });
      const migration = tables.find(
        (t) => t.header.length > 10 && t.rows.length === copies && /igration|迁移/.test(t.file),
      );
      expect(migration, lang).toBeDefined();
    }
  });
});
