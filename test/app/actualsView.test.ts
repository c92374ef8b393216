import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrateScenario } from '../../src/actuals/calibrate.ts';
import { parseActualsRows } from '../../src/actuals/parseRows.ts';
import { readActualsCsv } from '../../src/actuals/readActualsFile.ts';
import { ACTUALS_PROBLEM_CODES } from '../../src/actuals/table.ts';
import { bandGeometry } from '../../src/app/charts/bandGeometry.ts';
import { DEFAULT_BOX } from '../../src/app/charts/scales.ts';
import { CATALOGS } from '../../src/app/i18n/translate.ts';
import {
  actualPointsOf,
  asOfIndexOf,
  paidPointsOf,
  scenarioOfRun,
} from '../../src/app/views/actuals/actualPoints.ts';
import { actualsTemplateCsv } from '../../src/app/views/actuals/template.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';

const baseline = builtInScenario(BASELINE_ID)!;

function calibrated() {
  const read = readActualsCsv(readFileSync('scenarios/luohe-2023-actuals.csv'));
  if (!read.ok) throw new Error('sample unreadable');
  const result = calibrateScenario(baseline, read.table, { source: 'sample' });
  if (!result.ok) throw new Error('refused');
  return result.scenario;
}

describe('the actuals on the charts', () => {
  const s = calibrated();

  it('draws each measured month of a series where its run shows it, in the chart’s unit', () => {
    const vcpu = actualPointsOf(s, 'vcpuDemand', 36)!;
    expect(vcpu).toHaveLength(36);
    expect(vcpu.slice(0, 24)).toEqual(s.actuals!.history.vcpu_allocated);
    expect(vcpu.slice(24).every((v) => v === null)).toBe(true);
    expect(actualPointsOf(s, 'dbPeakLoadOfOneNode', 36)![0]).toBeCloseTo(13.9 / 40, 12);
    expect(actualPointsOf(s, 'headroomVms', 36)).toBeNull();
    expect(actualPointsOf(baseline, 'vcpuDemand', 36)).toBeNull();
    expect(asOfIndexOf(s)).toBe(23);
    expect(asOfIndexOf(baseline)).toBeNull();
    expect(paidPointsOf(s, 36)![5]).toBe(961200);
  });

  it('shows a scenario’s actuals only on a run of that scenario', () => {
    expect(scenarioOfRun(s, { scenarioId: s.id })).toBe(s);
    expect(scenarioOfRun(s, { scenarioId: baseline.id })).toBeNull();
  });

  it('puts the actual values on the band’s scale, as points', () => {
    const band = { p5: [1, 1, 1], p50: [2, 2, 2], p95: [3, 3, 3] };
    const g = bandGeometry(band, ['2024-01', '2024-02', '2024-03'], null, DEFAULT_BOX, [10, null, 2]);
    expect(g.actualPoints.map((p) => p.index)).toEqual([0, 2]);
    // The scale reaches the actual 10, far above the band.
    expect(g.y(10)).toBeGreaterThanOrEqual(DEFAULT_BOX.margin.top);
    expect(g.actualPoints[0].y).toBeLessThan(g.y(3));
  });
});

describe('the actuals templates', () => {
  it.each(['en', 'zh'] as const)(
    'the %s template reads back as a valid, empty table with every column',
    (lang) => {
      const text = actualsTemplateCsv(lang, '2023-01-01');
      const result = readActualsCsv(new TextEncoder().encode(text));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.table.months).toEqual(['2023-01', '2023-02', '2023-03']);
      expect(result.table.columns).toHaveLength(15);
      expect(Object.values(result.table.values).every((v) => v!.every((x) => x === null))).toBe(true);
    },
  );

  it('every problem a file can have has a message in both languages', () => {
    for (const code of ACTUALS_PROBLEM_CODES) {
      for (const catalog of Object.values(CATALOGS)) {
        expect(catalog[`actuals.problem.${code}` as keyof typeof catalog], code).toBeTruthy();
      }
    }
    expect(parseActualsRows([['month', 'x']]).ok).toBe(false);
  });
});
