/** Monthly cost stacked by resource (estimated at median usage, see costByResource.ts). */
import { useMemo } from 'react';
import type { RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { StackedBarChart } from '../../charts/StackedBarChart.tsx';
import { useT } from '../../i18n/useT.ts';
import { costByResource } from './costByResource.ts';

export function CostByResourceChart({
  scenario,
  summary,
  onSelectMonth,
  selectedMonth = null,
}: {
  scenario: Scenario;
  summary: RunSummary;
  /** When set, a month opens its bill line by line (the caption says so). */
  onSelectMonth?: (month: number) => void;
  selectedMonth?: number | null;
}) {
  const t = useT();
  const rows = useMemo(() => {
    try {
      return costByResource(scenario, summary);
    } catch {
      return null;
    }
  }, [scenario, summary]);
  if (!rows) return null;
  return (
    <StackedBarChart
      testId="money-monthly"
      title={t('money.monthly')}
      caption={
        onSelectMonth ? `${t('money.monthlyCaption')} ${t('money.monthlyClick')}` : t('money.monthlyCaption')
      }
      monthLabels={summary.monthLabels}
      series={rows.map((r) => ({ key: r.resource, label: t(`resource.${r.resource}`), values: r.values }))}
      unitLabel={t('money.axis')}
      onSelectMonth={onSelectMonth}
      selectedMonth={selectedMonth}
    />
  );
}
