/** Results sections of band charts: capacity against quotas, placement, reliability, other series. */
import type { RunSummary } from '../../../results/types.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { useT } from '../../i18n/useT.ts';
import { MetricGrid } from './MetricGrid.tsx';
import {
  METRIC_CATALOG,
  type MetricDisplay,
  type MetricGroup,
  uncataloguedMetrics,
} from './metricCatalog.ts';

const GROUP_TITLE: Record<Exclude<MetricGroup, 'placement'>, MessageKey> = {
  capacity: 'results.timeSeries',
  reliability: 'results.reliability',
};

const GROUP_INTRO: Record<Exclude<MetricGroup, 'placement'>, MessageKey> = {
  capacity: 'results.timeSeriesIntro',
  reliability: 'results.reliabilityIntro',
};

export function SeriesSection({
  summary,
  group,
}: {
  summary: RunSummary;
  group: Exclude<MetricGroup, 'placement'>;
}) {
  const t = useT();
  const id = `series-${group}-title`;
  return (
    <section aria-labelledby={id} data-testid={`section-${group}`}>
      <h2 id={id}>{t(GROUP_TITLE[group])}</h2>
      <p className="muted">{t(GROUP_INTRO[group])}</p>
      <MetricGrid summary={summary} metrics={METRIC_CATALOG.filter((d) => d.group === group)} />
    </section>
  );
}

export function OtherSeriesSection({ summary }: { summary: RunSummary }) {
  const t = useT();
  const names = uncataloguedMetrics(summary.metrics);
  if (names.length === 0) return null;
  const displays: MetricDisplay[] = names.map((name) => {
    const unit = summary.metrics[name].unit;
    return { metric: name, group: 'capacity', zh: name, en: name, unitZh: unit, unitEn: unit, decimals: 2 };
  });
  return (
    <section aria-labelledby="series-other-title">
      <details>
        <summary>
          <h2 id="series-other-title" className="inline-heading">
            {t('results.otherSeries', { count: names.length })}
          </h2>
        </summary>
        <MetricGrid summary={summary} metrics={displays} />
      </details>
    </section>
  );
}
