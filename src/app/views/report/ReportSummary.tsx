/**
 * Page 1 of the report, what a procurement file needs at a glance: the verdict in one sentence,
 * spend against the contract, every quota's risk (with VM placement), and the inputs that matter
 * (term, estate, hosts, the operations, the simulation) — at the reading chosen on screen.
 */
import type { RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { addDays, horizonEndDate, operationsOf } from '../../editor/operations/operations.ts';
import { operationKindName, operationSummary } from '../../editor/operations/operationText.ts';
import { formatCny, formatInteger } from '../../format/cny.ts';
import { formatDate, formatNumber, formatPercent } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import type { RiskLevel } from '../../store/types.ts';
import { RiskTable } from '../results/RiskHeader.tsx';
import { spendReading } from '../results/riskReadings.ts';
import { riskSentence } from '../results/riskText.ts';

/** Operations listed on page 1; the rest are on page 4. */
export const FIRST_PAGE_OPERATIONS = 6;

export function ReportSummary({
  summary,
  scenario,
  riskLevel,
}: {
  summary: RunSummary;
  scenario: Scenario;
  riskLevel: RiskLevel;
}) {
  const t = useT();
  const lang = useLanguage();
  const spend = spendReading(summary.cost, scenario.contract.totalInclVatCny, riskLevel);
  const operations = operationsOf(scenario);
  const vms = scenario.compute.systems
    .filter((s) => s.onboardMonth === 0)
    .reduce((n, s) => n + s.vms.reduce((m, v) => m + v.count, 0), 0);
  const vcpu = scenario.compute.hosts.reduce((n, h) => n + h.vcpu, 0);
  const ram = scenario.compute.hosts.reduce((n, h) => n + h.ramGb, 0);
  return (
    <>
      <h3>{t('report.verdict')}</h3>
      <p className="report-verdict" data-testid="report-verdict">
        {riskSentence(summary, scenario, riskLevel, lang, t)}
      </p>
      <h3>{t('report.spend')}</h3>
      {spend && summary.cost && (
        <table className="report-facts" data-testid="report-spend">
          <tbody>
            <tr>
              <th scope="row">{t('report.spendContract')}</th>
              <td className="num">{formatCny(spend.contract)}</td>
            </tr>
            <tr>
              <th scope="row">{t('report.spendAt', { reading: t(`reading.${riskLevel}`) })}</th>
              <td className="num" data-testid="report-spend-total" data-amount={spend.amount}>
                <strong>{formatCny(spend.amount)}</strong>
              </td>
            </tr>
            <tr>
              <th scope="row">{t('report.spendRange')}</th>
              <td className="num">
                {formatCny(summary.cost.total.p5)} – {formatCny(summary.cost.total.p95)}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('report.spendShare')}</th>
              <td className="num">{formatPercent(spend.shareOfContract, lang)}</td>
            </tr>
            <tr>
              <th scope="row">{t('report.spendExceed')}</th>
              <td className="num">{formatPercent(spend.exceedProbability, lang)}</td>
            </tr>
          </tbody>
        </table>
      )}
      <h3>{t('report.risks')}</h3>
      <RiskTable summary={summary} scenario={scenario} printable />
      <h3>{t('report.keyInputs')}</h3>
      <dl className="report-inputs" data-testid="report-inputs">
        <dt>{t('report.term')}</dt>
        <dd>
          {t('report.termValue', {
            start: formatDate(scenario.term.startDate, lang),
            months: formatInteger(summary.months),
            end: formatDate(addDays(scenario, horizonEndDate(scenario), -1), lang),
          })}
        </dd>
        <dt>{t('report.estate')}</dt>
        <dd>
          {t('report.estateValue', {
            systems: formatInteger(scenario.compute.systems.filter((s) => s.onboardMonth === 0).length),
            vms: formatInteger(vms),
          })}
        </dd>
        <dt>{t('report.hosts')}</dt>
        <dd>
          {t('report.hostsValue', {
            hosts: formatInteger(scenario.compute.hosts.length),
            vcpu: formatInteger(vcpu),
            ram: formatNumber(ram, lang, 0),
          })}
        </dd>
        <dt>{t('report.simulation')}</dt>
        <dd>
          {t('report.simulationValue', {
            replications: formatInteger(summary.replications),
            seed: String(summary.seed),
          })}
        </dd>
        <dt>{t('results.risk')}</dt>
        <dd data-testid="report-reading">{t(`reading.${riskLevel}`)}</dd>
        <dt>{t('report.operations')}</dt>
        <dd>
          {operations.length === 0 ? (
            t('report.operationsNone')
          ) : (
            <ul className="report-operations">
              {operations.slice(0, FIRST_PAGE_OPERATIONS).map((op) => (
                <li key={op.index}>
                  {formatDate(op.event.date, lang)} · {operationKindName(op.event.kind, lang)}
                  {lang === 'zh-CN' ? '：' : ': '}
                  {operationSummary(scenario, op.event, lang, t)}
                </li>
              ))}
              {operations.length > FIRST_PAGE_OPERATIONS && (
                <li>{t('report.operationsMore', { count: operations.length - FIRST_PAGE_OPERATIONS })}</li>
              )}
            </ul>
          )}
        </dd>
      </dl>
    </>
  );
}
