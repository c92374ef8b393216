/**
 * Page 3 of the report: the installments line by line (a row per billed item, a column per
 * installment, from the explained run's own settlement), closed by Σ lines, the fault discount
 * (clause 2.2.4), the installment, its VAT and the check that they agree; then how each first breach
 * was read and why VMs did not fit — as sentences, nothing to click (ReportReadings). A renewal's
 * twelve installments print as two denser tables, and the readings then move to page 4.
 */

import type { RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { explainInstallment, type InstallmentExplanation } from '../../explain/costLines.ts';
import { breachMonthAt } from '../../explain/reading.ts';
import { refusalHeadline } from '../../explain/refusalText.ts';
import { formatCny } from '../../format/cny.ts';
import { formatDate } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import type { RiskLevel } from '../../store/types.ts';
import { BreachSentence } from '../results/BreachExplanation.tsx';
import { chunksOf, INSTALLMENTS_PER_TABLE } from './installmentGroups.ts';

/** The explained run's installments, each with its lines ([] when the run explains none). */
function explanationsOf(
  summary: RunSummary,
  scenario: Scenario,
  riskLevel: RiskLevel,
): InstallmentExplanation[] {
  const explained = summary.costExplained?.[riskLevel];
  return explained
    ? explained.settlement.installments
        .map((_, i) => explainInstallment(explained, i, scenario))
        .filter((x): x is InstallmentExplanation => x !== null)
    : [];
}

/** Whether the installments take more than one table (then page 3 holds them alone). */
export function installmentsSplit({ summary }: { summary: RunSummary }): boolean {
  return (summary.costExplained?.likely.settlement.installments.length ?? 0) > INSTALLMENTS_PER_TABLE;
}

function LinesTable({ explanations, dense }: { explanations: InstallmentExplanation[]; dense: boolean }) {
  const t = useT();
  const lang = useLanguage();
  const items = new Map<string, string>();
  for (const x of explanations)
    for (const l of x.lines)
      if (!items.has(l.itemId)) items.set(l.itemId, lang === 'zh-CN' ? l.labelZh : l.labelEn);
  const amount = (x: InstallmentExplanation, id: string) => x.lines.find((l) => l.itemId === id)?.amountCny;
  return (
    <table className={dense ? 'report-lines dense' : 'report-lines'} data-testid="report-installment-lines">
      <thead>
        <tr>
          <th scope="col">{t('costx.item')}</th>
          {explanations.map((x) => (
            <th key={x.number} scope="col" className="num">
              {x.number} · {formatDate(x.dueDate, lang)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...items].map(([id, label]) => (
          <tr key={id} data-item={id}>
            <th scope="row">{label}</th>
            {explanations.map((x) => {
              const a = amount(x, id);
              return (
                <td key={x.number} className="num">
                  {a === undefined ? '—' : formatCny(a)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('report.linesSum')}</th>
          {explanations.map((x) => (
            <td key={x.number} className="num">
              {formatCny(x.linesSumCny)}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('report.discountRow')}</th>
          {explanations.map((x) => (
            <td key={x.number} className="num">
              {Number(x.discountCny) === 0 ? formatCny(x.discountCny) : `−${formatCny(x.discountCny)}`}
            </td>
          ))}
        </tr>
        <tr className="report-gross">
          <th scope="row">{t('report.grossRow')}</th>
          {explanations.map((x) => (
            <td key={x.number} className="num" data-testid={`report-installment-${x.number}`}>
              {formatCny(x.grossCny)}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('report.vatRow')}</th>
          {explanations.map((x) => (
            <td key={x.number} className="num">
              {formatCny(x.vatCny)}
            </td>
          ))}
        </tr>
        <tr data-testid="installment-check">
          <th scope="row">{t('report.checkRow')}</th>
          {explanations.map((x) => (
            <td key={x.number} className="num">
              {x.checks.linesEqualBefore && x.checks.discountArithmetic && x.checks.vatSplit ? '✓' : '✗'}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}

export function ReportInstallments({
  summary,
  scenario,
  riskLevel,
}: {
  summary: RunSummary;
  scenario: Scenario;
  riskLevel: RiskLevel;
}) {
  const t = useT();
  const explained = summary.costExplained?.[riskLevel];
  const explanations = explanationsOf(summary, scenario, riskLevel);
  if (!explained || explanations.length === 0) return null;
  const groups = chunksOf(explanations, INSTALLMENTS_PER_TABLE);
  return (
    <section className="report-installments" data-testid="report-installments">
      <h3>{t('report.installments', { count: explanations.length })}</h3>
      <p className="report-note">
        {t('report.installmentsIntro', {
          which: t(`costx.which.${explained.reading}`),
          run: explained.replication + 1,
          reading: t(`reading.${explained.reading}`),
        })}
      </p>
      {groups.map((group) => (
        <LinesTable key={group[0].number} explanations={group} dense={groups.length > 1} />
      ))}
    </section>
  );
}

/** How each first breach was read and why VMs did not fit, as sentences. */
export function ReportReadings({ summary, riskLevel }: { summary: RunSummary; riskLevel: RiskLevel }) {
  const t = useT();
  const lang = useLanguage();
  const breached = summary.quotas.filter((q) => breachMonthAt(q, riskLevel) !== null);
  return (
    <>
      <section className="report-breaches" data-testid="report-breaches">
        <h3>{t('report.breaches')}</h3>
        <p className="report-note">{t('report.breachesIntro')}</p>
        <ul>
          {breached.map((q) => (
            <li key={q.quota}>
              <BreachSentence summary={summary} quota={q.quota} riskLevel={riskLevel} />
            </li>
          ))}
        </ul>
      </section>
      {summary.refusals && (
        <section className="report-placement">
          <h3>{t('report.placementSummary')}</h3>
          <p>{refusalHeadline(summary.refusals, summary.monthLabels, t, lang)}</p>
        </section>
      )}
    </>
  );
}
