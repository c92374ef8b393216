/**
 * The terminal report of `calibrate`: per series the fit (model and its weight, level at the as-of
 * month, growth per year, noise, each with its 95 % interval) beside its backtest (MAPE of the
 * median and how many held-out months fell inside P5–P95), then failure rates and what was paid.
 */
import type { CalibrationReport } from '../actuals/calibrate.ts';
import { actualsColumn } from '../actuals/columns.ts';
import { summarizeFit } from '../actuals/fitSummary.ts';

function num(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const abs = Math.abs(n);
  if (abs >= 10_000) return Math.round(n).toLocaleString('en-US');
  if (abs >= 100) return n.toFixed(0);
  if (abs >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

function pct(f: number, digits = 1): string {
  return Number.isFinite(f) ? `${f >= 0 ? '+' : ''}${(f * 100).toFixed(digits)}%` : '—';
}

function cny(amount: string): string {
  const [whole, fen] = amount.split('.');
  return `¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fen}`;
}

function table(rows: string[][], write: (line: string) => void): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows)
    write(
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
        .join('  ')
        .trimEnd(),
    );
}

export function printCalibration(report: CalibrationReport, write: (line: string) => void): void {
  write(
    `actuals ${report.source}: ${report.firstMonth} … ${report.asOf} (as of ${report.asOf}; ${report.historyMonths} term months carried as history)`,
  );
  write('');
  const rows: string[][] = [
    [
      'series',
      'unit',
      'model (weight)',
      'level at as-of [95% CI]',
      'growth/yr [95% CI]',
      'noise',
      'n',
      `MAPE (last ${report.holdout})`,
      'in P5–P95',
    ],
  ];
  const notes: string[] = [];
  for (const s of report.series) {
    const col = actualsColumn(s.column);
    if (!s.fit) {
      rows.push([s.column, col.unitEn, 'too few months', '', '', '', String(s.points), '', '']);
      continue;
    }
    const f = summarizeFit(s.fit);
    const growth = f.growthPerYear
      ? `${num(f.growthPerYear.value)} (${pct(f.relativeGrowthPerYear.value)}) [${num(f.growthPerYear.low)}, ${num(f.growthPerYear.high)}]`
      : `${pct(f.relativeGrowthPerYear.value)} [${pct(f.relativeGrowthPerYear.low)}, ${pct(f.relativeGrowthPerYear.high)}]`;
    const bt = s.backtest;
    rows.push([
      s.column,
      col.unitEn,
      `${f.model} (${(f.weight * 100).toFixed(0)}%)`,
      `${num(f.level.value)} [${num(f.level.low)}, ${num(f.level.high)}]`,
      growth,
      f.model === 'compound' ? `CV ${(f.noise * 100).toFixed(1)}%` : `sd ${num(f.noise)}`,
      String(f.n),
      bt?.mape === null || bt === null ? '—' : `${(bt.mape * 100).toFixed(1)}%`,
      bt ? `${bt.inside}/${bt.scored}` : '—',
    ]);
    if (f.correlatedResiduals)
      notes.push(
        `${s.column}: consecutive months wander together (lag-1 r = ${s.fit.residualLag1.toFixed(2)}); its band is likely too narrow`,
      );
  }
  table(rows, write);
  const { inside, scored } = report.coverage;
  if (scored > 0) {
    write('');
    write(
      `backtest: ${inside} of ${scored} held-out months inside their P5–P95 band (${((inside / scored) * 100).toFixed(0)}%; nominal 90%)`,
    );
  }
  for (const n of notes) write(`note: ${n}`);
  if (report.rates.length > 0) {
    write('');
    for (const r of report.rates) {
      const f = r.fit;
      write(
        `${r.column}: ${f.failures} in ${f.exposureUnitMonths} unit-months (${r.units} units); MTBF ${num(f.priorMtbfHours)} h → ${num(f.mtbfHours)} h (rate 95% CI ${(f.rateLow * 12).toFixed(3)}–${(f.rateHigh * 12).toFixed(3)} a unit-year)`,
      );
    }
  }
  if (report.paid) {
    write('');
    write(
      `paid up to ${report.asOf}: ${cny(report.paid.totalCny)}${report.paid.paidThrough ? ` (last payment ${report.paid.paidThrough})` : ''}`,
    );
  }
}
