/**
 * The money part of the results (its section and heading are the page's: resultsParts.tsx).
 * Money from the run's settlement (exact money bands across replications): the term total at the
 * chosen reading, the monthly bill's band, cumulative spend against the contract total, the chance
 * of exceeding it, and the installments — each of which opens how it was computed. Then the
 * unit-price catalog behind the prices. `explainAll` (the printed report) shows every installment's
 * explanation.
 */
import { useState } from 'react';
import type { MoneyBand, RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { OpenedSection } from '../../a11y/OpenedSection.tsx';
import { CumulativeLineChart } from '../../charts/CumulativeLineChart.tsx';
import { OverlayBandChart } from '../../charts/OverlayBandChart.tsx';
import { formatCny } from '../../format/cny.ts';
import { formatPercent } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { useApp } from '../../store/index.ts';
import { AsOfMoney } from '../actuals/AsOfMoney.tsx';
import { asOfIndexOf, paidPointsOf, scenarioOfRun } from '../actuals/actualPoints.ts';
import { CatalogTable } from './CatalogTable.tsx';
import { CostByResourceChart } from './CostByResourceChart.tsx';
import { InstallmentExplanation } from './InstallmentExplanation.tsx';
import { InstallmentTable } from './InstallmentTable.tsx';
import { MonthLines } from './MonthLines.tsx';

const toNumbers = (xs: readonly string[]) => xs.map(Number);
const bandOf = (b: MoneyBand) => ({ p5: toNumbers(b.p5), p50: toNumbers(b.p50), p95: toNumbers(b.p95) });

export interface MoneySectionProps {
  summary: RunSummary;
  scenario: Scenario;
  explainAll?: boolean;
}

export function MoneySection({ summary, scenario, explainAll = false }: MoneySectionProps) {
  const t = useT();
  const { cost, monthLabels } = summary;
  const lang = useLanguage();
  const riskLevel = useApp((s) => s.riskLevel);
  const [explaining, setExplaining] = useState<number | null>(null);
  const [month, setMonth] = useState<number | null>(null);
  const explained = summary.costExplained?.[riskLevel];
  return (
    <>
      {!cost ? (
        <p className="muted">{t('money.noCost')}</p>
      ) : (
        <>
          <p className="verdict" data-testid="money-verdict" data-reading={riskLevel}>
            {t('money.verdictReading', {
              reading: t(`reading.${riskLevel}`),
              amount: formatCny(riskLevel === 'likely' ? cost.total.p50 : cost.total.p95),
              p5: formatCny(cost.total.p5),
              p95: formatCny(cost.total.p95),
              contract: formatCny(scenario.contract.totalInclVatCny),
              exceed: formatPercent(cost.exceedProbability, lang),
            })}
          </p>
          <AsOfMoney summary={summary} scenario={scenario} />
          <div className="chart-grid">
            <CostByResourceChart
              scenario={scenario}
              summary={summary}
              onSelectMonth={explained && !explainAll ? (m) => setMonth(month === m ? null : m) : undefined}
              selectedMonth={month}
            />
            <OverlayBandChart
              testId="money-monthly-band"
              title={t('money.billBand')}
              caption={t('money.billBandCaption')}
              monthLabels={monthLabels}
              series={[
                // Before first, so the bill that is paid is drawn on top where the two coincide.
                { label: t('money.seriesBeforeDiscount'), band: bandOf(cost.monthlyGrossBeforeDiscount) },
                { label: t('money.seriesAfterDiscount'), band: bandOf(cost.monthlyGrossAfterDiscount) },
              ]}
              quota={null}
              quotaLabel=""
              unit={t('money.axis')}
              axisStyle="money"
              actual={paidPointsOf(scenarioOfRun(scenario, summary), monthLabels.length)}
              asOfIndex={asOfIndexOf(scenarioOfRun(scenario, summary))}
            />
            <CumulativeLineChart
              testId="money-cumulative"
              title={t('money.cumulative')}
              caption={t('money.cumulativeCaption')}
              monthLabels={monthLabels}
              cumulative={cost.cumulative}
              contractTotal={scenario.contract.totalInclVatCny}
              unitLabel={t('money.axis')}
            />
          </div>
          {explained && !explainAll && month !== null && month < explained.settlement.months.length && (
            <OpenedSection
              className="explanation"
              data-testid="monthly-bill-explanation"
              aria-label={t('money.monthExplained')}
            >
              <div className="explanation-head">
                <p className="explanation-lead">
                  {t('money.monthRun', {
                    run: explained.replication + 1,
                    which: t(`costx.which.${explained.reading}`),
                    reading: t(`reading.${explained.reading}`),
                  })}
                </p>
                <button
                  type="button"
                  className="no-print"
                  onClick={() => setMonth(null)}
                  data-testid="month-close"
                >
                  {t('costx.close')}
                </button>
              </div>
              <MonthLines explained={explained} month={month} scenario={scenario} />
            </OpenedSection>
          )}
          <InstallmentTable
            summary={summary}
            explained={explained}
            dueDates={
              summary.lifecycle?.installments.map((i) => i.dueDate) ?? scenario.contract.installmentDueDates
            }
            explaining={explaining}
            onExplain={explainAll ? undefined : (i) => setExplaining(explaining === i ? null : i)}
          />
          {explained &&
            !explainAll &&
            explaining !== null &&
            explaining < explained.settlement.installments.length && (
              <InstallmentExplanation
                summary={summary}
                explained={explained}
                index={explaining}
                scenario={scenario}
                onClose={() => setExplaining(null)}
              />
            )}
          {explained && explainAll && (
            <div className="report-explanations" data-testid="report-installments">
              <h3>{t('report.explanations')}</h3>
              {explained.settlement.installments.map((inst, i) => (
                <InstallmentExplanation
                  key={inst.number}
                  summary={summary}
                  explained={explained}
                  index={i}
                  scenario={scenario}
                />
              ))}
            </div>
          )}
        </>
      )}
      <CatalogTable scenario={scenario} />
    </>
  );
}
