/**
 * Money of a run "as of" a month, split as the contract lives it: what was paid (actual, the same
 * in every replication, to the fen) and what is still to pay after it (projected, a band), which
 * together make the term's total. Read from the run's own cost summary: the projected band is the
 * total band less what was paid, percentile by percentile (a constant shift keeps the ranks).
 */
import { paidHistoryOf } from '../../../actuals/paidHistory.ts';
import { Money } from '../../../contract/money.ts';
import type { RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { formatCny } from '../../format/cny.ts';
import { formatMonth } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { useApp } from '../../store/index.ts';

export function AsOfMoney({ summary, scenario }: { summary: RunSummary; scenario: Scenario }) {
  const t = useT();
  const lang = useLanguage();
  const riskLevel = useApp((s) => s.riskLevel);
  const paid = summary.scenarioId === scenario.id ? paidHistoryOf(scenario) : null;
  const cost = summary.cost;
  if (!paid || !cost || paid.paidThrough >= summary.monthLabels.length - 1) return null;
  const minus = (amount: string) => new Money(amount).minus(paid.paidCny).toFixed(2);
  const total = riskLevel === 'likely' ? cost.total.p50 : cost.total.p95;
  return (
    <p className="verdict" data-testid="actuals-money" data-reading={riskLevel}>
      {t('actuals.money', {
        through: formatMonth(summary.monthLabels[paid.paidThrough], lang),
        paid: formatCny(paid.paidCny),
        next: formatMonth(summary.monthLabels[paid.paidThrough + 1], lang),
        projected: formatCny(minus(total)),
        reading: t(`reading.${riskLevel}`),
        p5: formatCny(minus(cost.total.p5)),
        p95: formatCny(minus(cost.total.p95)),
        total: formatCny(total),
      })}
    </p>
  );
}
