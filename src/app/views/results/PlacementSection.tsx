/**
 * Placement: stranded capacity, HA headroom and placement queues month by month, beside the
 * first-breach distribution of the riskiest quota. (A per-host heatmap needs per-host series the
 * run summary does not carry yet.)
 */
import type { RunSummary } from '../../../results/types.ts';
import { Histogram } from '../../charts/Histogram.tsx';
import { breachByEnd } from '../../components/quotaRisk.ts';
import { useT } from '../../i18n/useT.ts';
import { QUOTA_NAME } from '../../quotaLabels.ts';
import { MetricGrid } from './MetricGrid.tsx';
import { METRIC_CATALOG } from './metricCatalog.ts';

export function PlacementSection({ summary }: { summary: RunSummary }) {
  const t = useT();
  const riskiest = [...summary.quotas].sort((a, b) => breachByEnd(b) - breachByEnd(a))[0];
  return (
    <section aria-labelledby="placement-title" data-testid="section-placement">
      <h2 id="placement-title">{t('results.placement')}</h2>
      <p className="muted">{t('results.placementIntro')}</p>
      <MetricGrid summary={summary} metrics={METRIC_CATALOG.filter((d) => d.group === 'placement')} />
      {riskiest && (
        <>
          <h3>{t('results.breachTiming')}</h3>
          <div className="chart-grid">
            <Histogram
              testId="first-breach-histogram"
              title={t('histogram.title', {
                quota: t(riskiest.quota === 'dbNodes' ? 'quota.dbLoad' : QUOTA_NAME[riskiest.quota]),
              })}
              caption={t('histogram.caption')}
              monthLabels={summary.monthLabels}
              counts={riskiest.firstBreachHistogram}
            />
          </div>
        </>
      )}
    </section>
  );
}
