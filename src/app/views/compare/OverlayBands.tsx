/**
 * The compared options' bands of one chosen series on one chart, each option with its own quota
 * (for spend: its contract price), drawn so that options are told apart without colour.
 */
import { useState } from 'react';
import type { Band, RunSummary } from '../../../results/types.ts';
import { scenarioName } from '../../builtInScenarios.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { metricDisplay, metricName, metricUnit } from '../results/metricCatalog.ts';
import { type OptionBand, OptionBandsChart } from './OptionBandsChart.tsx';
import { mediansCoincide } from './optionBandsGeometry.ts';
import type { CompareEntry } from './useCompareRuns.ts';

const CUMULATIVE_COST = 'cost:cumulative';
const METRICS = [
  'storageUsedTb',
  'vcpuDemand',
  'ramGbDemand',
  'diskTbDemand',
  'vmCountDemand',
  'egressP95Mbps',
  'serverToServerP95Mbps',
  'smsYearToDate',
  'dbPeakLoadOfOneNode',
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
  const options: OptionBand[] = done.flatMap((e) => {
    const band = bandOf(e.summary, metric);
    if (!band) return [];
    const quota =
      metric === CUMULATIVE_COST
        ? Number(e.scenario.contract.totalInclVatCny)
        : (e.summary.quotas.find((q) => q.metric === metric)?.limit ?? null);
    return [{ name: scenarioName(e.scenario, lang), band, quota }];
  });
  const label = (m: string) => {
    if (m === CUMULATIVE_COST) return t('sheet.cumulativeCost');
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
        <h3 id="compare-overlay-title">{t('sheet.overlay.title')}</h3>
        <label className="field inline no-print">
          {t('sheet.overlay.metric')}
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
      {options.length > 0 && (
        <div className="chart-grid">
          <OptionBandsChart
            testId="compare-overlay-chart"
            title={label(metric)}
            caption={
              mediansCoincide(options)
                ? `${t('sheet.overlay.caption')} ${t('sheet.overlay.sameMedian')}`
                : t('sheet.overlay.caption')
            }
            monthLabels={done[0].summary.monthLabels}
            options={options}
            unit={unit}
            medianLabel={(name) => t('sheet.overlay.median', { name })}
            quotaLabel={(name) => t('sheet.overlay.quota', { name })}
          />
        </div>
      )}
    </section>
  );
}
