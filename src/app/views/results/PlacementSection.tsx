/**
 * The placement part of the results (its section and heading are the page's: resultsParts.tsx).
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
import { metricsOf } from './metricCatalog.ts';
import { RefusalPanel } from './RefusalPanel.tsx';

export function PlacementSection({ summary, scenario }: { summary: RunSummary; scenario: Scenario }) {
  const t = useT();
  const riskiest = [...summary.quotas].sort((a, b) => breachByEnd(b) - breachByEnd(a))[0];
  return (
    <>
      <RefusalPanel summary={summary} scenario={scenario} />
      <HeadroomPanel summary={summary} scenario={scenario} />
      <MetricGrid summary={summary} scenario={scenario} metrics={metricsOf('placement', false)} />
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
    </>
  );
}
