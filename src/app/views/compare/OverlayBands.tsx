/**
 * The compared scenarios' bands of one chosen series overlaid on one chart (issue 8): demand,
 * storage, egress, SMS or cumulative spend. The quota line is drawn when every scenario has the same.
 */
import { useState } from 'react';
import type { Band, RunSummary } from '../../../results/types.ts';
import { scenarioName } from '../../builtInScenarios.ts';
import { OverlayBandChart, type OverlaySeries } from '../../charts/OverlayBandChart.tsx';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { metricDisplay, metricName, metricUnit } from '../results/metricCatalog.ts';
import type { CompareEntry } from './useCompareRuns.ts';

const CUMULATIVE_COST = 'cost:cumulative';
const METRICS = [
  'storageUsedTb',
  'vcpuDemand',
  'ramGbDemand',
  'egressP95Mbps',
  'smsYearToDate',
  CUMULATIVE_COST,
] as const;

function bandOf(summary: RunSummary, metric: string): Pick<Band, 'p5' | 'p50' | 'p95'> | null {
  if (metric === CUMULATIVE_COST) {
    const c = summary.cost?.cumulative;
    // Chart geometry only: the pixels need numbers; amounts on screen stay strings elsewhere.
    return c ? { p5: c.p5.map(Number), p50: c.p50.map(Number), p95: c.p95.map(Number) } : null;
  }
  return summary.metrics[metric]?.band ?? null;
}

export function OverlayBands({ entries }: { entries: readonly CompareEntry[] }) {
  const t = useT();
  const lang = useLanguage();
  const [metric, setMetric] = useState<string>('storageUsedTb');
  const done = entries.filter((e): e is CompareEntry & { summary: RunSummary } => e.summary !== null);
  if (done.length < 2) return null;
  const series: OverlaySeries[] = done.flatMap((e) => {
    const band = bandOf(e.summary, metric);
    return band ? [{ label: scenarioName(e.scenario, lang), band }] : [];
  });
  const limits = done.map((e) => e.summary.quotas.find((q) => q.metric === metric)?.limit);
  const quota = limits[0] !== undefined && limits.every((l) => l === limits[0]) ? (limits[0] ?? null) : null;
  const label = (m: string) => {
    if (m === CUMULATIVE_COST) return t('compare.cumulativeCost');
    const d = metricDisplay(m);
    return d ? metricName(d, lang) : m;
  };
  const d = metricDisplay(metric);
  const unit =
    metric === CUMULATIVE_COST
      ? '¥'
      : d
        ? metricUnit(d, lang)
        : (done[0].summary.metrics[metric]?.unit ?? '');
  return (
    <section
      className="compare-overlay"
      aria-labelledby="compare-overlay-title"
      data-testid="compare-overlay"
    >
      <div className="section-head">
        <h3 id="compare-overlay-title">{t('compare.overlay')}</h3>
        <label className="field inline">
          {t('compare.metric')}
          <select
            value={metric}
            onChange={(e) => setMetric(e.target.value)}
            data-testid="compare-overlay-metric"
          >
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {label(m)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {series.length > 0 && (
        <div className="chart-grid">
          <OverlayBandChart
            testId="compare-overlay-chart"
            title={label(metric)}
            caption={t('compare.overlayCaption')}
            monthLabels={done[0].summary.monthLabels}
            series={series}
            quota={quota}
            quotaLabel={t('chart.quota')}
            unit={unit}
          />
        </div>
      )}
    </section>
  );
}
