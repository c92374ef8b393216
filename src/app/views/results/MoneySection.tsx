/** Money: monthly cost stacked by resource, and cumulative spend against the contract total. */
import { CumulativeLineChart } from '../../charts/CumulativeLineChart.tsx';
import { StackedBarChart } from '../../charts/StackedBarChart.tsx';
import type { MessageKey } from '../../i18n/translate.ts';
import { useT } from '../../i18n/useT.ts';
import type { RunExtras } from '../../store/types.ts';

const RESOURCE_NAMES: Record<string, MessageKey> = {
  compute: 'resource.compute',
  storage: 'resource.storage',
  network: 'resource.network',
  database: 'resource.database',
  security: 'resource.security',
  sms: 'resource.sms',
};

export function MoneySection({ monthLabels, extras }: { monthLabels: readonly string[]; extras: RunExtras }) {
  const t = useT();
  const series = extras.monthlyCostByResource.map((r) => ({
    key: r.resource,
    label: RESOURCE_NAMES[r.resource] ? t(RESOURCE_NAMES[r.resource]) : r.resource,
    values: r.values,
  }));
  return (
    <section aria-labelledby="money-title">
      <h2 id="money-title">{t('results.money')}</h2>
      <div className="chart-grid">
        <StackedBarChart
          testId="money-monthly"
          title={t('money.monthly')}
          caption={t('money.monthlyCaption')}
          monthLabels={monthLabels}
          series={series}
          unitLabel={t('money.axis')}
        />
        <CumulativeLineChart
          testId="money-cumulative"
          title={t('money.cumulative')}
          caption={t('money.cumulativeCaption')}
          monthLabels={monthLabels}
          cumulative={extras.cumulativeCost}
          contractTotal={extras.contractTotal}
          unitLabel={t('money.axis')}
        />
      </div>
    </section>
  );
}
