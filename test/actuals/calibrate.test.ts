import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrateScenario } from '../../src/actuals/calibrate.ts';
import { readActualsCsv } from '../../src/actuals/readActualsFile.ts';
import type { ActualsTable } from '../../src/actuals/table.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { loadScenario } from '../../src/scenario/validate.ts';

function scenario(file: string): Scenario {
  const loaded = loadScenario(JSON.parse(readFileSync(`scenarios/${file}`, 'utf8')));
  if (!loaded.ok) throw new Error(loaded.issues[0].message);
  return loaded.scenario;
}

function sampleTable(): ActualsTable {
  const result = readActualsCsv(readFileSync('scenarios/luohe-2023-actuals.csv'));
  if (!result.ok) throw new Error('sample unreadable');
  return result.table;
}

describe('calibrating a scenario from actuals', () => {
  const baseline = scenario('luohe-2023-baseline.json');
  const table = sampleTable();

  it('writes a new, valid, named scenario that runs as of the last actual month', () => {
    const before = JSON.stringify(baseline);
    const result = calibrateScenario(baseline, table, { source: 'luohe-2023-actuals.csv' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.stringify(baseline)).toBe(before); // the scenario calibrated from is left alone
    const s = result.scenario;
    expect(s.id).toBe('luohe-2023-baseline-asof-2024-12');
    expect(s.name).toContain('as of 2024-12');
    expect(s.nameZh).toContain('截至 2024-12');
    expect(loadScenario(s)).toMatchObject({ ok: true });
    expect(s.actuals!.asOf).toBe('2024-12');
    expect(s.actuals!.fits.map((f) => f.column)).toHaveLength(12);
    expect(result.report.historyMonths).toBe(24);
    expect(result.report.paid).toEqual({ totalCny: '3825576.00', paidThrough: '2024-12' });
  });

  it('carries each measured month of the term exactly as measured', () => {
    const result = calibrateScenario(baseline, table, { source: 'x.csv' });
    if (!result.ok) throw new Error('calibration failed');
    const history = result.scenario.actuals!.history;
    for (const key of table.columns) {
      if (key === 'paid_cny') continue;
      expect(history[key]).toEqual(table.values[key]);
    }
    expect(result.scenario.actuals!.paidCny).toEqual(table.paidCny);
  });

  it('uses only the months up to a chosen as-of month', () => {
    const result = calibrateScenario(baseline, table, { source: 'x.csv', asOf: '2024-06' });
    if (!result.ok) throw new Error('calibration failed');
    expect(result.report.historyMonths).toBe(18);
    expect(result.scenario.actuals!.history.vcpu_allocated).toEqual(
      table.values.vcpu_allocated!.slice(0, 18),
    );
    expect(result.scenario.actuals!.fits.find((f) => f.column === 'vcpu_allocated')!.n).toBe(18);
    expect(result.report.paid!.totalCny).toBe('2864376.00');
  });

  it('calibrates a later term from the previous term’s actuals: no history, forecast from the as-of month', () => {
    const renewal = scenario('renewal-2026-as-is.json');
    const result = calibrateScenario(renewal, table, { source: 'x.csv' });
    if (!result.ok) throw new Error('calibration failed');
    expect(result.report.historyMonths).toBe(0);
    expect(result.scenario.actuals!.history).toEqual({});
    expect(result.scenario.actuals!.paidCny).toBeUndefined();
    expect(loadScenario(result.scenario)).toMatchObject({ ok: true });
  });

  it('moves a failure rate from the scenario’s MTBF towards what was observed', () => {
    const result = calibrateScenario(baseline, table, { source: 'x.csv' });
    if (!result.ok) throw new Error('calibration failed');
    const host = result.report.rates.find((r) => r.column === 'host_failures')!;
    // 2 failures in 11 hosts × 24 months, prior MTBF 219,000 h (one failure's weight):
    // posterior mean rate (1 + 2) / (219000 / 730.5 + 264) failures per host-month.
    expect(host.fit.failures).toBe(2);
    expect(host.fit.rate).toBeCloseTo(3 / (219_000 / 730.5 + 264), 12);
    expect(host.fit.rateLow).toBeLessThan(host.fit.rate);
    expect(host.fit.rateHigh).toBeGreaterThan(host.fit.rate);
    const spec = result.scenario.compute.hostFailure;
    expect(spec.kind).toBe('exponential');
    if (spec.kind === 'exponential') expect(spec.meanHours).toBeCloseTo(host.fit.mtbfHours, 6);
  });

  it('refuses an as-of month outside the actuals or at the end of the term', () => {
    expect(calibrateScenario(baseline, table, { source: 'x', asOf: '2025-03' })).toMatchObject({
      ok: false,
      problem: { code: 'as-of-outside-data', first: '2023-01', last: '2024-12' },
    });
    expect(calibrateScenario(baseline, table, { source: 'x', asOf: '2024-13' })).toMatchObject({
      ok: false,
      problem: { code: 'bad-as-of' },
    });
    const short = { ...baseline, term: { ...baseline.term, months: 24 } };
    expect(calibrateScenario(short, table, { source: 'x' })).toMatchObject({
      ok: false,
      problem: { code: 'as-of-not-before-term-end', lastTermMonth: '2024-12' },
    });
  });

  it('backtests every fitted series on the last six months', () => {
    const result = calibrateScenario(baseline, table, { source: 'x' });
    if (!result.ok) throw new Error('calibration failed');
    for (const s of result.report.series) {
      expect(s.backtest?.holdout).toBe(6);
      expect(s.backtest!.scored).toBeGreaterThanOrEqual(5);
      expect(s.backtest!.mape).toBeGreaterThan(0);
    }
    expect(result.report.coverage.scored).toBe(72);
  });

  it('a scenario whose history does not match its term is refused by the schema', () => {
    const result = calibrateScenario(baseline, table, { source: 'x' });
    if (!result.ok) throw new Error('calibration failed');
    const broken = structuredClone(result.scenario);
    broken.actuals!.history.vm_count = broken.actuals!.history.vm_count!.slice(0, 10);
    const checked = loadScenario(broken);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.issues[0].message).toMatch(/^actuals\.history\.vm_count: expected 24 months/);
  });
});
