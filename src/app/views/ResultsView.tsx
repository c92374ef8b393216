/**
 * Results of the latest run: quota risk, month-by-month bands, money, placement and reliability.
 * While a run is under way its partial results show (bands sharpen as batches arrive). With no run
 * it shows an empty state (never invented numbers) above the contract's own figures.
 */
import { useShallow } from 'zustand/react/shallow';
import { ContractPanel } from '../components/ContractPanel.tsx';
import { QuotaTable } from '../components/QuotaTable.tsx';
import { formatInteger } from '../format/cny.ts';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';
import type { RiskLevel } from '../store/types.ts';
import { MoneySection } from './results/MoneySection.tsx';
import { PlacementSection } from './results/PlacementSection.tsx';
import { RunBar } from './results/RunBar.tsx';
import { OtherSeriesSection, SeriesSection } from './results/TimeSeriesSection.tsx';

function RiskLevelSwitch() {
  const t = useT();
  const riskLevel = useApp((s) => s.riskLevel);
  const setRiskLevel = useApp((s) => s.setRiskLevel);
  const levels: RiskLevel[] = ['likely', 'cautious'];
  return (
    <fieldset className="segmented">
      <legend>{t('results.risk')}</legend>
      {levels.map((level) => (
        <label key={level}>
          <input
            type="radio"
            name="risk-level"
            value={level}
            checked={riskLevel === level}
            onChange={() => setRiskLevel(level)}
          />
          {t(`results.risk.${level}`)}
        </label>
      ))}
    </fieldset>
  );
}

export function ResultsView() {
  const t = useT();
  const { summary, riskLevel, status, total, scenario } = useApp(
    useShallow((s) => ({
      summary: s.runSummary,
      riskLevel: s.riskLevel,
      status: s.runStatus,
      total: s.replicationsTotal,
      scenario: s.scenario,
    })),
  );
  return (
    <div className="results" data-testid="results">
      <div className="section-head">
        <h2>{t('results.title')}</h2>
        <RunBar />
      </div>
      {!summary && (
        <div className="empty-state" data-testid="results-empty">
          <p className="empty-title">{t(status === 'running' ? 'results.waiting' : 'results.empty')}</p>
          <p>{t('results.emptyHint')}</p>
        </div>
      )}
      {summary && (
        <>
          <div className="section-head">
            <p className="muted" data-testid="results-meta" data-replications={summary.replications}>
              {t(status === 'running' ? 'results.metaPartial' : 'results.meta', {
                replications: formatInteger(summary.replications),
                total: formatInteger(total),
                seed: String(summary.seed),
                months: summary.months,
              })}
            </p>
            <RiskLevelSwitch />
          </div>
          <section aria-labelledby="quota-risk-title">
            <h2 id="quota-risk-title">{t('results.quotas')}</h2>
            <QuotaTable quotas={summary.quotas} monthLabels={summary.monthLabels} riskLevel={riskLevel} />
          </section>
          <SeriesSection summary={summary} group="capacity" />
          <MoneySection summary={summary} scenario={scenario} />
          <PlacementSection summary={summary} />
          <SeriesSection summary={summary} group="reliability" />
          <OtherSeriesSection summary={summary} />
        </>
      )}
      <ContractPanel />
    </div>
  );
}
