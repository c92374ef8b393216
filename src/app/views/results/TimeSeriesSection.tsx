/** The monthly band charts, one per metric the run produced, each with its quota line. */
import type { RunSummary } from '../../../results/types.ts';
import { BandChart } from '../../charts/BandChart.tsx';
import { formatNumber } from '../../format/numbers.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';

interface MetricDisplay {
  metric: string;
  name: MessageKey;
  unit: MessageKey;
  decimals: number;
}

/** Which metrics are drawn, in order. Metrics missing from a run are skipped. */
const METRICS: readonly MetricDisplay[] = [
  { metric: 'vcpuDemand', name: 'metric.vcpu', unit: 'unit.vcpu', decimals: 0 },
  { metric: 'ramGbDemand', name: 'metric.ramGb', unit: 'unit.ramGb', decimals: 0 },
  { metric: 'vmCountDemand', name: 'metric.vmCount', unit: 'unit.vmCount', decimals: 0 },
  { metric: 'diskTbDemand', name: 'metric.diskTb', unit: 'unit.diskTb', decimals: 1 },
  { metric: 'storageUsedTb', name: 'metric.storageTb', unit: 'unit.storageTb', decimals: 1 },
  { metric: 'egressPeakMbps', name: 'metric.egressMbps', unit: 'unit.egressMbps', decimals: 0 },
  {
    metric: 'serverToServerPeakMbps',
    name: 'metric.serverToServerMbps',
    unit: 'unit.serverToServerMbps',
    decimals: 0,
  },
  { metric: 'smsMonthly', name: 'metric.smsMonthly', unit: 'unit.messages', decimals: 0 },
  { metric: 'smsYearToDate', name: 'metric.smsYearToDate', unit: 'unit.messages', decimals: 0 },
  { metric: 'dbPeakLoadOfOneNode', name: 'metric.dbLoad', unit: 'unit.oneNode', decimals: 2 },
];

export function TimeSeriesSection({ summary }: { summary: RunSummary }) {
  const t = useT();
  const lang = useLanguage();
  const shown = METRICS.filter((m) => summary.metrics[m.metric]);
  return (
    <section aria-labelledby="time-series-title">
      <h2 id="time-series-title">{t('results.timeSeries')}</h2>
      <div className="chart-grid">
        {shown.map((m) => {
          const quota = summary.quotas.find((q) => q.metric === m.metric);
          const name = t(m.name);
          return (
            <BandChart
              key={m.metric}
              testId={`band-${m.metric}`}
              title={name}
              caption={t('caption.band', { metric: name })}
              monthLabels={summary.monthLabels}
              band={summary.metrics[m.metric].band}
              quota={quota ? quota.limit : null}
              unit={t(m.unit)}
              formatValue={(v) => formatNumber(v, lang, m.decimals)}
            />
          );
        })}
      </div>
    </section>
  );
}
