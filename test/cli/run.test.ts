import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `run --json` and `run --csv` through the command line and real worker threads. */
function sim(...args: string[]): string {
  return execFileSync(
    'node_modules/.bin/tsx',
    ['src/cli/main.ts', 'run', ...args, '--replications', '8', '--workers', '2'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 180_000,
    },
  );
}

describe('run of the migrate-out scenario', () => {
  it('--json carries the migration answer, the exit and the final settlement', () => {
    const report = JSON.parse(sim('scenarios/luohe-2025-migrate-out.json', '--json'));
    expect(report.migrations).toHaveLength(1);
    const m = report.migrations[0];
    expect(m).toMatchObject({
      kind: 'migrate-out',
      deadlineDate: '2025-03-16',
      deadlineKind: 'exit',
      dataTb: 16,
    });
    expect(m.windowHours).toBe(336);
    expect(m.durationHours.p50).toBeGreaterThanOrEqual(m.idleLineHours);
    expect(m.durationHours.p95).toBeGreaterThanOrEqual(m.durationHours.p50);
    expect(m.finishProbability).toBe(1);
    expect(report.lifecycle.exit).toMatchObject({ date: '2025-03-16', daysInForce: 15, daysInMonth: 31 });
    expect(report.installments.at(-1)).toMatchObject({ dueDate: '2025-03-16', finalSettlement: true });
    const after = report.months.indexOf('2025-04');
    expect(report.cost.monthlyGrossAfterDiscount.p95.slice(after).every((g: string) => g === '0.00')).toBe(
      true,
    );
  });

  it('the terminal table shows the final settlement on the exit date, the exit and the copy', () => {
    const out = sim('scenarios/luohe-2025-migrate-out.json');
    expect(out).toMatch(
      /installment 5 due 2025-03-16 \(final settlement on exit, as used\): p50 ¥[\d,]+\.\d\d/,
    );
    expect(out).not.toContain('installment 6');
    expect(out).toContain('exit 2025-03-16 (notice 2025-03-01)');
    expect(out).toContain('2025-03 billed for 15 of 31 days');
    expect(out).toMatch(
      /migrate-out 16\.0 TB at 800\.0 Mbit\/s from 2025-03-02, deadline 2025-03-16 \(exit\): window 336\.0 h/,
    );
    expect(out).toContain('P(in time) 100.0%');
  });

  it('--csv writes migrations.csv with units in its headers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lifecycle-csv-'));
    sim('scenarios/luohe-2025-migrate-out.json', '--csv', dir);
    const [header, row] = readFileSync(join(dir, 'migrations.csv'), 'utf8').trim().split('\n');
    expect(header).toContain('duration_p50_hours');
    expect(header).toContain('finish_probability');
    expect(header).toContain('required_mbps');
    expect(row.split(',').slice(1, 6)).toEqual(['migrate-out', '2025-03-02', '2025-03-16', 'exit', '16']);
  });
});
