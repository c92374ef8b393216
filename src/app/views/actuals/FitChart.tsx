/**
 * One series of the imported table against its fit: the measured months as points, the fit's
 * predictive P5–P95 band and median over the measured months and twelve months past the as-of
 * month, the as-of month as a dotted line and, where the contract sells that quantity, its quota.
 * Switched to "backtest", it draws the fit made without the last k months instead, the line at the
 * end of its training months: the points right of it are the held-out months the backtest scored.
 * The series is chosen from a list, so the panel stays one chart tall.
 */
import { useMemo, useState } from 'react';
import type { CalibrationReport } from '../../../actuals/calibrate.ts';
import { predictiveQuantile } from '../../../actuals/fitTrend.ts';
import { monthIndex, monthLabel } from '../../../actuals/parseRows.ts';
import type { ActualsTable } from '../../../actuals/table.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import type { ActualsMeasuredKey } from '../../../scenario/sections/actuals.ts';
import { BandChart } from '../../charts/BandChart.tsx';
import { formatMonth, formatNumber } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { seriesName, seriesUnit } from './FitTable.tsx';

/** Months drawn past the as-of month. */
const AHEAD = 12;

function quotaOf(scenario: Scenario, key: ActualsMeasuredKey): number | null {
  const q = scenario.contract.quotas;
  switch (key) {
    case 'vcpu_allocated':
      return q.vcpu;
    case 'ram_gb_allocated':
      return q.ramGb;
    case 'disk_tb_allocated':
      return q.diskTb;
    case 'vm_count':
      return q.vmCount;
    case 'egress_p95_mbps':
      return q.egressMbps;
    case 's2s_p95_mbps':
      return q.serverToServerMbps;
    case 'db_peak_cores':
      return scenario.database.coresPerNode;
    default:
      return null;
  }
}

export function FitChart({
  report,
  table,
  scenario,
}: {
  report: CalibrationReport;
  table: ActualsTable;
  scenario: Scenario;
}) {
  const t = useT();
  const lang = useLanguage();
  const fitted = report.series.filter((s) => s.fit !== null);
  const [chosen, setChosen] = useState<ActualsMeasuredKey | null>(null);
  const [mode, setMode] = useState<'fit' | 'backtest'>('fit');
  const series = fitted.find((s) => s.column === chosen) ?? fitted[0];
  const backtest = mode === 'backtest' && series?.backtest ? series.backtest : null;
  const chart = useMemo(() => {
    if (!series?.fit) return null;
    const first = monthIndex(table.months[0]);
    const last = monthIndex(report.asOf);
    // The fit's own as-of month: the last actual month, or the last training month of the backtest.
    const fitAsOf = backtest ? last - backtest.holdout : last;
    const fit = backtest ? backtest.fit : series.fit;
    const labels = Array.from({ length: last - first + 1 + (backtest ? 0 : AHEAD) }, (_, i) =>
      monthLabel(first + i),
    );
    const quantile = (p: number) =>
      labels.map((_, i) => predictiveQuantile(fit, first + i - fitAsOf, (first + i) % 12, p));
    const values = table.values[series.column] ?? [];
    return {
      labels,
      band: { p5: quantile(0.05), p50: quantile(0.5), p95: quantile(0.95) },
      actual: labels.map((_, i) => (first + i <= last ? (values[i] ?? null) : null)),
      asOfIndex: fitAsOf - first,
      cut: monthLabel(fitAsOf),
    };
  }, [series, table, report.asOf, backtest]);
  if (!series || !chart) return null;
  const name = seriesName(series.column, lang);
  const unit = seriesUnit(series.column, lang);
  return (
    <div className="actuals-chart" data-testid="actuals-fit-chart">
      <label className="field-inline">
        {t('actuals.chartSeries')}{' '}
        <select
          value={series.column}
          onChange={(e) => setChosen(e.target.value as ActualsMeasuredKey)}
          data-testid="actuals-chart-series"
        >
          {fitted.map((s) => (
            <option key={s.column} value={s.column}>
              {seriesName(s.column, lang)}
            </option>
          ))}
        </select>
      </label>{' '}
      <label className="field-inline">
        <input
          type="checkbox"
          checked={mode === 'backtest'}
          disabled={!series.backtest}
          onChange={(e) => setMode(e.target.checked ? 'backtest' : 'fit')}
          data-testid="actuals-chart-backtest"
        />{' '}
        {t('actuals.chartBacktest', { holdout: report.holdout })}
      </label>
      <BandChart
        testId="actuals-fit-band"
        title={t(backtest ? 'actuals.chartTitleBacktest' : 'actuals.chartTitle', { series: name })}
        caption={t(backtest ? 'actuals.chartCaptionBacktest' : 'actuals.chartCaption', {
          asOf: formatMonth(chart.cut, lang),
          holdout: report.holdout,
          inside: backtest ? backtest.inside : 0,
          scored: backtest ? backtest.scored : 0,
        })}
        monthLabels={chart.labels}
        band={chart.band}
        quota={quotaOf(scenario, series.column)}
        unit={unit}
        formatValue={(v) => formatNumber(v, lang, Math.abs(v) >= 100 ? 0 : 1)}
        actual={chart.actual}
        asOfIndex={chart.asOfIndex}
      />
    </div>
  );
}
