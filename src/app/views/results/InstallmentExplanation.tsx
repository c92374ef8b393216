/**
 * How one installment of the explained run (median or P95 by total cost) is made up: its lines per
 * catalog item, rounding, the fault discount with the clause and the table row that applied, VAT,
 * and the check that the lines add up to the amount shown. A month of the period opens its own lines.
 */

import { useState } from 'react';
import type { ExplainedReplication, RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { OpenedSection } from '../../a11y/OpenedSection.tsx';
import { explainInstallment, rateAsPercent } from '../../explain/costLines.ts';
import { formatCny, formatCnyExact } from '../../format/cny.ts';
import { formatDate, formatMonth, formatNumber } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { ExplainedLinesTable } from './ExplainedLinesTable.tsx';
import { MonthLines } from './MonthLines.tsx';

export interface InstallmentExplanationProps {
  summary: RunSummary;
  explained: ExplainedReplication;
  index: number;
  scenario: Scenario;
  onClose?: () => void;
}

export function InstallmentExplanation({
  summary,
  explained,
  index,
  scenario,
  onClose,
}: InstallmentExplanationProps) {
  const t = useT();
  const lang = useLanguage();
  const [month, setMonth] = useState<number | null>(null);
  const x = explainInstallment(explained, index, scenario);
  if (!x) return null;
  const reading = explained.reading;
  const ok = (pass: boolean) => (pass ? '✓' : '✗');
  const total = reading === 'likely' ? summary.cost?.total.p50 : summary.cost?.total.p95;
  return (
    <OpenedSection
      takeFocus={onClose !== undefined}
      className="explanation"
      aria-labelledby={`installment-${x.number}-title`}
      data-testid={`installment-explanation-${x.number}`}
      data-reading={reading}
    >
      <div className="explanation-head">
        <h3 id={`installment-${x.number}-title`}>
          {t('costx.title', { n: x.number, due: formatDate(x.dueDate, lang), amount: formatCny(x.grossCny) })}
        </h3>
        {onClose && (
          <button type="button" className="no-print" onClick={onClose} data-testid="installment-close">
            {t('costx.close')}
          </button>
        )}
      </div>
      <p className="explanation-lead">
        {t('costx.run', {
          run: explained.replication + 1,
          which: t(`costx.which.${reading}`),
          reading: t(`reading.${reading}`),
          total: formatCny(explained.settlement.totalInclVatCny),
          pct: reading === 'likely' ? 'P50' : 'P95',
        })}
        {total !== undefined && total !== explained.settlement.totalInclVatCny && ' ✗'}
      </p>
      <ExplainedLinesTable
        explanation={x}
        months={x.lastMonth - x.firstMonth + 1}
        testId={`installment-lines-${x.number}`}
      />
      <ol className="explain-steps" data-testid="installment-steps">
        <li>{t('costx.rounding', { diff: formatCnyExact(x.roundingCny) })}</li>
        <li data-testid="installment-discount">
          {x.worstAvailability !== null && x.discountRow
            ? t('costx.discount', {
                worst: `${formatNumber(x.worstAvailability * 100, lang, 4)}%`,
                row: `${formatNumber(x.discountRow.minAvailability * 100, lang, 3)}%`,
                rate: rateAsPercent(x.discountRate),
                before: formatCny(x.grossBeforeDiscountCny),
                discount: formatCny(x.discountCny),
              })
            : t('costx.discountNoAvailability', {
                rate: rateAsPercent(x.discountRate),
                before: formatCny(x.grossBeforeDiscountCny),
                discount: formatCny(x.discountCny),
              })}
        </li>
        <li>
          {t('costx.gross', {
            before: formatCny(x.grossBeforeDiscountCny),
            discount: formatCny(x.discountCny),
            gross: formatCny(x.grossCny),
          })}
        </li>
        <li>
          {t('costx.vat', {
            rate: rateAsPercent(x.vatRate),
            net: formatCny(x.netCny),
            vat: formatCny(x.vatCny),
            gross: formatCny(x.grossCny),
          })}{' '}
          {ok(x.checks.vatSplit)}
        </li>
      </ol>
      <p className="sum-check" data-testid="installment-check">
        {t('costx.check', {
          lines: formatCny(x.linesSumCny),
          discount: formatCny(x.discountCny),
          gross: formatCny(x.grossCny),
          ok: ok(x.checks.linesEqualBefore && x.checks.discountArithmetic),
        })}
      </p>
      <h4>{t('costx.months')}</h4>
      <ul className="month-chips no-print">
        {x.months.map((m) => (
          <li key={m.month}>
            <button
              type="button"
              aria-pressed={month === m.month}
              data-testid={`installment-month-${m.month}`}
              onClick={() => setMonth(month === m.month ? null : m.month)}
            >
              {formatMonth(m.label, lang)} · {formatCny(m.grossBeforeDiscountCny)}
            </button>
          </li>
        ))}
      </ul>
      {month !== null && <MonthLines explained={explained} month={month} scenario={scenario} />}
    </OpenedSection>
  );
}
