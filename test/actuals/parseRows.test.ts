import { describe, expect, it } from 'vitest';
import { templateHeader } from '../../src/actuals/columns.ts';
import { parseActualsRows, parseMonthCell } from '../../src/actuals/parseRows.ts';
import { describeProblem } from '../../src/actuals/table.ts';

const HEADER = ['month', 'vcpu_allocated', 'vm_count', 'storage_primary_tb', 'paid_cny'];

function rows(...body: string[][]): string[][] {
  return [HEADER, ...body];
}

describe('reading an actuals table', () => {
  it('reads months in any order, with gaps, into consecutive months', () => {
    const result = parseActualsRows(
      rows(['2024-03', '420', '160', '11.5', ''], ['2024-01', '410', '158', '11.0', '961200.00']),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.months).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(result.table.columns).toEqual(['vcpu_allocated', 'vm_count', 'storage_primary_tb', 'paid_cny']);
    expect(result.table.values.vcpu_allocated).toEqual([410, null, 420]);
    expect(result.table.values.storage_primary_tb).toEqual([11, null, 11.5]);
    expect(result.table.paidCny).toEqual(['961200.00', null, null]);
  });

  it('reads either template: English keys or Chinese labels, each with units', () => {
    const header = (['month', 'vcpu_allocated', 'paid_cny'] as const).map((k) => templateHeader(k, 'zh'));
    expect(header).toEqual(['月份（YYYY-MM）', '已分配 vCPU（vCPU）', '已付金额（元，含税）']);
    const zh = parseActualsRows([header, ['2024年6月', '４２０', '¥1,234.5']]);
    expect(zh.ok && zh.table.values.vcpu_allocated).toEqual([420]);
    expect(zh.ok && zh.table.paidCny).toEqual(['1234.50']);
    const en = parseActualsRows([
      (['month', 'vcpu_allocated'] as const).map((k) => templateHeader(k, 'en')),
      ['2024/6/1', '1,234'],
    ]);
    expect(en.ok && en.table.months).toEqual(['2024-06']);
    expect(en.ok && en.table.values.vcpu_allocated).toEqual([1234]);
  });

  it('skips blank rows and comment rows, and counts them in row numbers', () => {
    const result = parseActualsRows([
      ['# synthetic'],
      HEADER,
      ['', '', '', '', ''],
      ['2024-01', 'x', '1', '1', ''],
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { code: 'not-a-number', row: 4, columnLetter: 'B', column: 'vcpu_allocated', value: 'x' },
    ]);
  });

  it('refuses a table with one bad cell, naming its row and column, and returns no table', () => {
    const result = parseActualsRows(
      rows(
        ['2024-01', '410', '158', '11.0', ''],
        ['2024-02', '412', '159', '11.1', ''],
        ['2024-03', '4OO', '160', '11.2', ''],
      ),
    );
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'not-a-number', row: 4, columnLetter: 'B', column: 'vcpu_allocated', value: '4OO' }],
    });
    if (!result.ok) {
      expect(describeProblem(result.problems[0])).toBe(
        'row 4, column B (vcpu_allocated): expected a number, got "4OO"',
      );
    }
  });

  it('lists every problem in one pass', () => {
    const result = parseActualsRows([
      [...HEADER, '', 'cpu'],
      ['2024-01', '-5', '158.5', '1e9', '12.345', 'stray'],
      ['2024-13', '1', '1', '1', ''],
      ['2024-01', '1', '1', '1', 'abc'],
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The unknown header stops the reading before any cell (its cells would mean nothing).
    expect(result.problems).toEqual([
      { code: 'unknown-column', row: 1, columnLetter: 'G', column: 'cpu', value: 'cpu' },
    ]);
    const cells = parseActualsRows([
      [...HEADER],
      ['2024-01', '-5', '158.5', '1e9', '12.345', 'stray'],
      ['2024-13', '1', '1', '1', ''],
      ['2024-01', '1', '1', '1', 'abc'],
    ]);
    expect(cells.ok).toBe(false);
    if (cells.ok) return;
    expect(cells.problems.map((p) => [p.code, p.row, p.columnLetter])).toEqual([
      ['negative', 2, 'B'],
      ['not-whole', 2, 'C'],
      ['too-large', 2, 'D'],
      ['bad-money', 2, 'E'],
      ['cell-without-header', 2, 'F'],
      ['bad-month', 3, 'A'],
      ['duplicate-month', 4, 'A'],
      ['bad-money', 4, 'E'],
    ]);
    expect(describeProblem(cells.problems[2])).toBe(
      'row 2, column D (storage_primary_tb): expected a number ≤ 100000, got 1e9',
    );
  });

  it('refuses tables with no month column, no value column, no rows, or a column twice', () => {
    const codes = (r: ReturnType<typeof parseActualsRows>) => (r.ok ? [] : r.problems.map((p) => p.code));
    expect(codes(parseActualsRows([['vcpu_allocated'], ['1']]))).toEqual(['no-month-column']);
    expect(codes(parseActualsRows([['month'], ['2024-01']]))).toEqual(['no-value-column']);
    expect(codes(parseActualsRows([HEADER]))).toEqual(['empty-table']);
    expect(codes(parseActualsRows([]))).toEqual(['empty-table']);
    expect(
      codes(
        parseActualsRows([
          ['month', 'vm_count', '虚拟机数量'],
          ['2024-01', '1', '1'],
        ]),
      ),
    ).toEqual(['duplicate-column']);
  });

  it('caps the list of problems and says how many more there were', () => {
    const body = Array.from({ length: 240 }, (_, i) => [`2000-01`, 'x', 'y', 'z', 'w', String(i)]);
    const result = parseActualsRows([HEADER, ...body]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(201);
    expect(result.problems[200].code).toBe('more-problems');
  });

  it('reads months the ways spreadsheets write them, and refuses impossible ones', () => {
    expect(parseMonthCell('2024-06')).toBe('2024-06');
    expect(parseMonthCell(' 2024/6 ')).toBe('2024-06');
    expect(parseMonthCell('2024-06-30')).toBe('2024-06');
    expect(parseMonthCell('2024年6月')).toBe('2024-06');
    expect(parseMonthCell('２０２４－０６')).toBe('2024-06');
    expect(parseMonthCell('2024-02-30')).toBeNull();
    expect(parseMonthCell('1999-12')).toBeNull();
    expect(parseMonthCell('June 2024')).toBeNull();
    expect(parseMonthCell('')).toBeNull();
  });
});
