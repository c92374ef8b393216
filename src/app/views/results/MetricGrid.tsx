/**
 * A grid of band charts (P5–P95 band, P50 line, the quota as a dashed line) for the series of one
 * results section that the run produced. The first time bands are on screen the page records the
 * performance mark `luohe:first-bands` (the browser bench reads it).
 */
import { useEffect } from 'react';
import type { Band, RunSummary } from '../../../results/types.ts';
import { BandChart } from '../../charts/BandChart.tsx';
import { formatNumber } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { useApp } from '../../store/index.ts';
import { actualPointsOf, asOfIndexOf, scenarioOfRun } from '../actuals/actualPoints.ts';
import { type MetricDisplay, metricName, metricUnit } from './metricCatalog.ts';

export const FIRST_BANDS_MARK = 'luohe:first-bands';

function scaled(band: Band, factor: number): Band {
  if (factor === 1) return band;
  const f = (xs: number[]) => xs.map((x) => x * factor);
  return { p5: f(band.p5), p50: f(band.p50), p95: f(band.p95), mean: f(band.mean) };
}

export function MetricGrid({ summary, metrics }: { summary: RunSummary; metrics: readonly MetricDisplay[] }) {
  const t = useT();
  const lang = useLanguage();
  const shown = metrics.filter((d) => summary.metrics[d.metric]);
  // A run "as of" a month: its measured months as points and the as-of line (src/actuals/).
  const scenario = scenarioOfRun(
    useApp((s) => s.scenario),
    summary,
  );
  const asOfIndex = asOfIndexOf(scenario);
  useEffect(() => {
    if (shown.length > 0 && performance.getEntriesByName(FIRST_BANDS_MARK).length === 0) {
      performance.mark(FIRST_BANDS_MARK);
    }
  }, [shown.length]);
  if (shown.length === 0) return <p className="muted">{t('results.noSeries')}</p>;
  return (
    <div className="chart-grid">
      {shown.map((d) => {
        const quota =
          summary.quotas.find((q) => q.metric === d.metric) ??
          (d.lineQuota ? summary.quotas.find((q) => q.quota === d.lineQuota) : undefined);
        const name = metricName(d, lang);
        const factor = d.percent ? 100 : 1;
        return (
          <BandChart
            key={d.metric}
            testId={`band-${d.metric}`}
            title={name}
            caption={t(quota ? 'caption.band' : 'caption.bandNoQuota', { metric: name })}
            monthLabels={summary.monthLabels}
            band={scaled(summary.metrics[d.metric].band, factor)}
            quota={quota ? quota.limit * factor : null}
            quotaByMonth={quota?.limitByMonth?.map((v) => v * factor)}
            unit={metricUnit(d, lang)}
            formatValue={(v) => formatNumber(v, lang, d.decimals)}
            actual={actualPointsOf(scenario, d.metric, summary.months, factor)}
            asOfIndex={asOfIndex}
          />
        );
      })}
    </div>
  );
}
