/**
 * The printable report for a procurement file: the scenario's inputs, the quota risk table with how
 * each first breach was read, the charts and money of the latest run with every installment's
 * lines, and the contract, all at the risk level chosen (and named) on screen. Print uses the browser's dialog (print to
 * PDF); CSV export gives every table and series as files.
 */
import { useShallow } from 'zustand/react/shallow';
import { scenarioName } from '../builtInScenarios.ts';
import { ContractPanel } from '../components/ContractPanel.tsx';
import { QuotaTable } from '../components/QuotaTable.tsx';
import { breachMonthAt } from '../explain/reading.ts';
import { runCsvZip } from '../export/csv.ts';
import { formatInteger } from '../format/cny.ts';
import { formatDate } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';
import { downloadText } from './library/scenarioFiles.ts';
import { BreachExplanation } from './results/BreachExplanation.tsx';
import { MoneySection } from './results/MoneySection.tsx';
import { ResultStatus } from './results/ResultStatus.tsx';
import { SectionBands } from './results/SectionBands.tsx';

export function ReportView() {
  const t = useT();
  const lang = useLanguage();
  const { summary, riskLevel, scenario } = useApp(
    useShallow((s) => ({ summary: s.runSummary, riskLevel: s.riskLevel, scenario: s.scenario })),
  );
  return (
    <section aria-labelledby="report-title" className="report">
      <div className="section-head">
        <h2 id="report-title">{t('report.title')}</h2>
        <div className="toolbar no-print">
          <button type="button" onClick={() => window.print()}>
            {t('report.print')}
          </button>
          <button
            type="button"
            disabled={!summary}
            data-testid="export-csv"
            onClick={() =>
              summary && downloadText(`${scenario.id}-results-csv.zip`, runCsvZip(summary), 'application/zip')
            }
          >
            {t('report.csv')}
          </button>
        </div>
      </div>
      <p className="intro">{t('report.intro')}</p>
      <ResultStatus />
      <h3>{t('report.inputs')}</h3>
      <dl className="facts" data-testid="report-inputs">
        <dt>{t('header.scenario')}</dt>
        <dd>{scenarioName(scenario, lang)}</dd>
        <dt>{t('contract.term')}</dt>
        <dd>
          {formatDate(scenario.term.startDate, lang)} · {scenario.term.months}
        </dd>
        <dt>{t('report.systems')}</dt>
        <dd>{formatInteger(scenario.compute.systems.length)}</dd>
        <dt>{t('report.hosts')}</dt>
        <dd>{formatInteger(scenario.compute.hosts.length)}</dd>
        <dt>{t('report.simulation')}</dt>
        <dd>
          {formatInteger(scenario.simulation.replications)} · seed {String(scenario.simulation.seed)}
        </dd>
        <dt>{t('results.risk')}</dt>
        <dd data-testid="report-reading">{t(`reading.${riskLevel}`)}</dd>
      </dl>
      {summary ? (
        <>
          <h3>{t('results.quotas')}</h3>
          <QuotaTable
            quotas={summary.quotas}
            monthLabels={summary.monthLabels}
            riskLevel={riskLevel}
            refusals={summary.refusals}
          />
          <div className="report-explanations" data-testid="report-breaches">
            <h3>{t('report.breaches')}</h3>
            {summary.quotas
              .filter((q) => breachMonthAt(q, riskLevel) !== null)
              .map((q) => (
                <BreachExplanation
                  key={q.quota}
                  summary={summary}
                  quota={q.quota}
                  riskLevel={riskLevel}
                  compact
                />
              ))}
          </div>
          <SectionBands summary={summary} scenario={scenario} group="capacity" />
          <MoneySection summary={summary} scenario={scenario} explainAll />
          <SectionBands summary={summary} scenario={scenario} group="reliability" />
        </>
      ) : (
        <div className="empty-state">
          <p>{t('results.empty')}</p>
        </div>
      )}
      <ContractPanel />
    </section>
  );
}
