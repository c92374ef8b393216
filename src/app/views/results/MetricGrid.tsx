/**
 * A grid of band charts (P5–P95 band, P50 line, the quota as a dashed line) for the series of one
 * results section that the run produced. Each caption says how the series is measured and one fact
 * the title does not (the P95 peak against the quota, or the highest month). A run "as of" a month
 * shows its measured months as points and the as-of line (views/actuals/actualPoints.ts). The first
 * time bands are on screen the page records the performance mark `luohe:first-bands` (the bench reads it).
 */
import { useEffect } from 'react';
import type { Band, RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { BandChart } from '../../charts/BandChart.tsx';
import { formatMonth, formatPercent } from '../../format/numbers.ts';
import { formatInUnit, formatWithUnit, unitLabel } from '../../format/units.ts';
import type { Language } from '../../i18n/language.ts';
import type { Translate } from '../../i18n/translate.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { useApp } from '../../store/index.ts';
import { actualPointsOf, asOfIndexOf, scenarioOfRun } from '../actuals/actualPoints.ts';
import { type MetricDisplay, metricName, metricNote } from './metricCatalog.ts';

export const FIRST_BANDS_MARK = 'luohe:first-bands';

function scaled(band: Band, factor: number): Band {
  if (factor === 1) return band;
  const f = (xs: number[]) => xs.map((x) => x * factor);
  return { p5: f(band.p5), p50: f(band.p50), p95: f(band.p95), mean: f(band.mean) };
}

/** The caption: the catalog's note, then one fact read off this run. */
export function metricCaption(
  d: MetricDisplay,
  band: Band,
  /** The quota judged on this very series (its P95 peak is read), or a line drawn for reference. */
  quota: { limit: number; peakP95: number; judged: boolean } | null,
  monthLabels: readonly string[],
  lang: Language,
  t: Translate,
): string {
  const factor = d.percent ? 100 : 1;
  const fmt = (v: number) => formatWithUnit(v * factor, d.unit, lang);
  let fact: string;
  if (quota?.judged) {
    fact = t('caption.quotaFact', {
      limit: fmt(quota.limit),
      peak: fmt(quota.peakP95),
      share: formatPercent(quota.limit > 0 ? quota.peakP95 / quota.limit : 0, lang),
    });
  } else {
    let top = 0;
    band.p95.forEach((v, i) => {
      if (v > band.p95[top]) top = i;
    });
    fact =
      band.p95.every((v) => v === 0) && band.p5.every((v) => v === 0)
        ? t('caption.allZero')
        : t('caption.peakFact', {
            peak: fmt(band.p95[top] ?? 0),
            month: formatMonth(monthLabels[top] ?? '', lang),
          });
    if (quota) fact += `${lang === 'zh-CN' ? '' : ' '}${t('caption.lineFact', { limit: fmt(quota.limit) })}`;
  }
  return `${metricNote(d, lang)}${lang === 'zh-CN' ? '' : ' '}${fact}`;
}

export function MetricGrid({
  summary,
  metrics,
}: {
  summary: RunSummary;
  /** The scenario shown (the run's own is looked up for its actuals: actualPoints.ts). */
  scenario?: Scenario;
  metrics: readonly MetricDisplay[];
}) {
  const t = useT();
  const lang = useLanguage();
  const shown = metrics.filter((d) => summary.metrics[d.metric]);
  // A run "as of" a month: its measured months as points and the as-of line (src/actuals/).
  const runScenario = scenarioOfRun(
    useApp((s) => s.scenario),
    summary,
  );
  const asOfIndex = asOfIndexOf(runScenario);
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
        const band = summary.metrics[d.metric].band;
        return (
          <BandChart
            key={d.metric}
            testId={`band-${d.metric}`}
            title={name}
            caption={metricCaption(
              d,
              band,
              quota ? { ...quota, judged: quota.metric === d.metric } : null,
              summary.monthLabels,
              lang,
              t,
            )}
            monthLabels={summary.monthLabels}
            band={scaled(band, factor)}
            quota={quota ? quota.limit * factor : null}
            quotaByMonth={quota?.limitByMonth?.map((v) => v * factor)}
            unit={unitLabel(d.unit, lang)}
            formatValue={(v) => formatInUnit(v, d.unit, lang)}
            actual={actualPointsOf(runScenario, d.metric, summary.months, factor)}
            asOfIndex={asOfIndex}
          />
        );
      })}
    </div>
  );
}
