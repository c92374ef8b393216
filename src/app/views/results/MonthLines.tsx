/**
 * One month of the explained run (median or P95 by total cost), line by line: its lines per catalog
 * item and the check that they add up to the month's amount. Opened from a month of an installment
 * or from a month of the monthly bill.
 */
import type { ExplainedReplication } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { explainMonth } from '../../explain/costLines.ts';
import { formatCny } from '../../format/cny.ts';
import { formatMonth } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { ExplainedLinesTable } from './ExplainedLinesTable.tsx';

export function MonthLines({
  explained,
  month,
  scenario,
}: {
  explained: ExplainedReplication;
  month: number;
  scenario: Scenario;
}) {
  const t = useT();
  const lang = useLanguage();
  const x = explainMonth(explained, month, scenario);
  if (!x) return null;
  return (
    <div className="month-explanation" data-testid="month-explanation" data-month={month}>
      <h4>
        {t('costx.monthTitle', {
          month: formatMonth(x.label, lang),
          amount: formatCny(x.grossAfterDiscountCny),
        })}
      </h4>
      <ExplainedLinesTable explanation={x} months={1} testId="month-lines" />
      <p className="sum-check">
        {t('costx.monthCheck', {
          lines: formatCny(x.linesSumCny),
          amount: formatCny(x.grossAfterDiscountCny),
          ok: x.sumsToBill ? '✓' : '✗',
        })}
      </p>
    </div>
  );
}
