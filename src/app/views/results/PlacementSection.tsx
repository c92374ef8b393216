/**
 * Placement: why VMs did not fit, how much more fits at a chosen month (with the per-host heatmap),
 * stranded capacity, HA headroom and placement queues month by month, and the first-breach
 * distribution of the riskiest quota.
 */
import type { RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { Histogram } from '../../charts/Histogram.tsx';
import { breachByEnd } from '../../components/quotaRisk.ts';
import { useT } from '../../i18n/useT.ts';
import { QUOTA_NAME } from '../../quotaLabels.ts';
import { HeadroomPanel } from './HeadroomPanel.tsx';
import { MetricGrid } from './MetricGrid.tsx';
import { METRIC_CATALOG } from './metricCatalog.ts';
import { RefusalPanel } from './RefusalPanel.tsx';

export function PlacementSection({ summary, scenario }: { summary: RunSummary; scenario: Scenario }) {
  const t = useT();
  const riskiest = [...summary.quotas].sort((a, b) => breachByEnd(b) - breachByEnd(a))[0];
  return (
    <section aria-labelledby="placement-title" data-testid="section-placement">
      <h2 id="placement-title">{t('results.placement')}</h2>
      <p className="muted">{t('results.placementIntro')}</p>
      <RefusalPanel summary={summary} />
      <HeadroomPanel summary={summary} scenario={scenario} />
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
