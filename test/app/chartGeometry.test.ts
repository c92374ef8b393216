import { describe, expect, it } from 'vitest';
import { bandGeometry } from '../../src/app/charts/bandGeometry.ts';
import { histogramGeometry, stackGeometry } from '../../src/app/charts/barGeometry.ts';
import { heatColour, heatmapGeometry } from '../../src/app/charts/heatmapGeometry.ts';
import { riskClass } from '../../src/app/charts/palette.ts';
import { type ChartBox, monthAtX, monthTicks, monthX } from '../../src/app/charts/scales.ts';

const BOX: ChartBox = { width: 400, height: 200, margin: { top: 10, right: 20, bottom: 30, left: 40 } };
const labels = (n: number) =>
  Array.from(
    { length: n },
    (_, m) => `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`,
  );

describe('month axis', () => {
  it('places months at slot centres and maps x back to the same month', () => {
    const n = 36;
    expect(monthX(0, n, BOX)).toBeCloseTo(40 + 340 / 36 / 2);
    for (let m = 0; m < n; m++) expect(monthAtX(monthX(m, n, BOX), n, BOX)).toBe(m);
    expect(monthAtX(-100, n, BOX)).toBe(0);
    expect(monthAtX(10_000, n, BOX)).toBe(n - 1);
  });

  it('labels every 6th month of a 36-month term, starting at the first', () => {
    const ticks = monthTicks(labels(36), BOX);
    expect(ticks.map((t) => t.label)).toEqual([
      '2023-01',
      '2023-07',
      '2024-01',
      '2024-07',
      '2025-01',
      '2025-07',
    ]);
  });
});

describe('band chart geometry', () => {
  const band = { p5: [10, 20, 30], p50: [20, 30, 40], p95: [30, 40, 50] };

  it('draws the quota inside the plot and above the highest p95 when the quota is higher', () => {
    const g = bandGeometry(band, labels(3), 100, BOX);
    expect(g.quotaY).not.toBeNull();
    const bottom = BOX.height - BOX.margin.bottom;
    expect(g.quotaY!).toBeGreaterThanOrEqual(BOX.margin.top);
    expect(g.quotaY!).toBeLessThan(bottom);
    expect(Math.min(...g.medianY)).toBeGreaterThan(g.quotaY!); // svg y grows downward
  });

  it('produces path strings through every month and ticks starting at zero', () => {
    const g = bandGeometry(band, labels(3), null, BOX);
    expect(g.quotaY).toBeNull();
    expect(g.medianPath.startsWith('M')).toBe(true);
    expect(g.medianPath.split('L')).toHaveLength(3);
    expect(g.bandPath.endsWith('Z')).toBe(true);
    expect(g.yTicks[0].value).toBe(0);
    expect(g.yTicks[0].position).toBe(BOX.height - BOX.margin.bottom);
    expect(g.medianY[2]).toBeLessThan(g.medianY[0]);
  });
});

describe('stacked bars', () => {
  it('stacks series bottom-up so each month ends at its total', () => {
    const g = stackGeometry(
      [
        [10, 20],
        [30, 0],
      ],
      labels(2),
      BOX,
    );
    expect(g.totals).toEqual([40, 20]);
    const [first, second] = g.rects;
    expect(second[0].y + second[0].height).toBeCloseTo(first[0].y); // second sits on the first
    expect(second[1].height).toBe(0);
    expect(first[0].height).toBeCloseTo(first[1].height / 2);
  });
});

describe('histogram', () => {
  it('draws one bar per month and ignores the never-breached bin', () => {
    const g = histogramGeometry([0, 5, 10, 85], labels(3), BOX);
    expect(g.bars).toHaveLength(3);
    expect(g.bars[0].height).toBe(0);
    expect(g.bars[2].height).toBeCloseTo(2 * g.bars[1].height);
    expect(g.yTicks.every((t) => Number.isInteger(t.value))).toBe(true);
  });
});

describe('heatmap and risk colours', () => {
  it('lays out a row per host and two columns', () => {
    const g = heatmapGeometry([
      { hostId: 'a', vcpu: 0.2, ram: 0.9 },
      { hostId: 'b', vcpu: 1.4, ram: 0 },
    ]);
    expect(g.cells).toHaveLength(4);
    expect(g.cells[2].y).toBeGreaterThan(g.cells[0].y);
    expect(g.cells[1].x).toBeGreaterThan(g.cells[0].x);
    expect(heatColour(1.4).fill).toBe(heatColour(1).fill); // overcommit clamps to the top colour
    expect(heatColour(0).textFill).toBe('#ffffff');
    expect(heatColour(1).textFill).toBe('#000000');
  });

  it('classes breach probability at 5% and 50%', () => {
    expect(riskClass(0)).toBe('low');
    expect(riskClass(0.0499)).toBe('low');
    expect(riskClass(0.05)).toBe('medium');
    expect(riskClass(0.5)).toBe('medium');
    expect(riskClass(0.51)).toBe('high');
  });
});
