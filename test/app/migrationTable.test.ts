/**
 * The migration answer's export table (issue 14: the answer in the CSV as well as the JSON): one row
 * per copy, units in the headers in both languages, figures rounded as shown, empty cells (not ∞)
 * for a copy that moved nothing.
 */
import { describe, expect, it } from 'vitest';
import { migrationExportTables } from '../../src/app/export/migrationTable.ts';
import { translator } from '../../src/app/i18n/translate.ts';
import type { MigrationSummary } from '../../src/results/migrationSummary.ts';
import type { RunSummary } from '../../src/results/types.ts';
import { missingCopy, one } from './migrationFixture.ts';

const missing = missingCopy(1234.567);

const summaryWith = (migrations: MigrationSummary[] | undefined) => ({ migrations }) as unknown as RunSummary;

describe('the migration export table', () => {
  it('one row per copy, every figure with its unit in the header (English)', () => {
    const [table] = migrationExportTables(summaryWith([missing]), translator('en'));
    expect(table.file).toBe('Migration copies');
    const cell = (name: string) => table.rows[0][table.header.indexOf(name)];
    expect(cell('Copy')).toBe('Moving out');
    expect(cell('Deadline')).toBe('2025-03-16');
    expect(cell('Deadline set by')).toBe('the exit');
    expect(cell('Data (TB)')).toBe(150);
    expect(cell('Time available (hours)')).toBe(336);
    expect(cell('Copy takes P50 (hours)')).toBe(416.7);
    expect(cell('Probability it finishes in time (%)')).toBe(0);
    expect(cell('Short by P50 (hours)')).toBe(80.7);
    expect(cell('Left at the deadline P50 (TB)')).toBe(29.04);
    expect(cell('Average rate that would make it (Mbit/s)')).toBe(992.1);
    expect(cell('Live traffic not served P95 (GB)')).toBe(1234.6);
    expect(table.rows[0]).toHaveLength(table.header.length);
  });

  it('in Chinese, with units; a copy that moved nothing has empty cells, not ∞', () => {
    const stuck = { ...missing, durationHours: one(Number.POSITIVE_INFINITY), hoursShort: one(Infinity) };
    const [table] = migrationExportTables(summaryWith([missing, stuck]), translator('zh-CN'));
    expect(table.file).toBe('迁移拷贝');
    expect(table.header).toContain('拷贝用时 P50（小时）');
    expect(table.header).toContain('截止时未拷贝 P50（TB）');
    expect(table.rows).toHaveLength(2);
    const i = table.header.indexOf('拷贝用时 P50（小时）');
    expect(table.rows[0][i]).toBe(416.7);
    expect(table.rows[1][i]).toBeNull();
    expect(table.rows[1][0]).toBe('迁出');
  });

  it('no table when the run moves no data', () => {
    expect(migrationExportTables(summaryWith(undefined), translator('en'))).toEqual([]);
    expect(migrationExportTables(summaryWith([]), translator('en'))).toEqual([]);
  });
});
