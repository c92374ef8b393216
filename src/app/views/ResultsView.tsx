/**
 * Results of the latest run: quota risk (each first-breach month opens its explanation), month-by-
 * month bands, money (each installment opens its lines), placement (why VMs did not fit, how much
 * more fits) and reliability, all read at the risk level chosen in the header. While a run is under
 * way its partial results show (bands sharpen as batches arrive). With no run it shows an empty
 * state (never invented numbers) above the contract's own figures.
 */
import { useDeferredValue, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isWhole } from '../../results/runIdentity.ts';
import type { QuotaKey } from '../../results/types.ts';
import { LifecycleProvider } from '../charts/LifecycleMarks.tsx';
import { ContractPanel } from '../components/ContractPanel.tsx';
import { QuotaTable } from '../components/QuotaTable.tsx';
import { formatInteger } from '../format/cny.ts';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';
import { ActualsPanel } from './actuals/ActualsPanel.tsx';
import { AsOfNotice } from './actuals/AsOfNotice.tsx';
import { BreachExplanation } from './results/BreachExplanation.tsx';
import { FaultDiscountSection } from './results/FaultDiscountSection.tsx';
import { LifecycleSection } from './results/LifecycleSection.tsx';
import { MigrationSection } from './results/MigrationSection.tsx';
import { MoneySection } from './results/MoneySection.tsx';
import { PlacementSection } from './results/PlacementSection.tsx';
import { ResultStatus } from './results/ResultStatus.tsx';
import { RunBar } from './results/RunBar.tsx';
import { OtherSeriesSection, SeriesSection } from './results/TimeSeriesSection.tsx';
import { useThrottledValue } from './results/useThrottledValue.ts';

/** While a run goes on, the sections below the capacity bands update at most this often. */
const HEAVY_SECTIONS_INTERVAL_MS = 2000;

export function ResultsView() {
  const t = useT();
  const [breach, setBreach] = useState<QuotaKey | null>(null);
  const { summary, identity, riskLevel, status, scenario } = useApp(
    useShallow((s) => ({
      summary: s.runSummary,
      identity: s.runIdentity,
      riskLevel: s.riskLevel,
      status: s.runStatus,
      scenario: s.scenario,
    })),
  );
  // The figures say what they are from their own identity, not from the run bar's status.
  const partial = identity !== null && !isWhole(identity);
  const total = identity?.replicationsTotal ?? summary?.replications ?? 0;
  // While a run goes on, the quota table and the capacity bands render with each new summary at
  // once; the heavier sections below follow at most every 2 s, in a deferred (interruptible) render,
  // so the first bands reach the screen without waiting for every chart and the page leaves the
  // cores to the simulation. A finished run renders everything at once, with the final numbers.
  const running = status === 'running';
  const deferred = useDeferredValue(useThrottledValue(summary, HEAVY_SECTIONS_INTERVAL_MS, running));
  const below = running ? deferred : summary;
  return (
    <div className="results" data-testid="results">
      <div className="section-head">
        <h2>{t('results.title')}</h2>
        <RunBar />
      </div>
      <ResultStatus />
      {!summary && (
        <div className="empty-state" data-testid="results-empty">
          <p className="empty-title">{t(status === 'running' ? 'results.waiting' : 'results.empty')}</p>
          <p>{t('results.emptyHint')}</p>
        </div>
      )}
      {summary && (
        <LifecycleProvider value={summary.lifecycle}>
          <div className="section-head">
            <p
              className="muted"
              data-testid="results-meta"
              data-replications={summary.replications}
              data-total={total}
              data-result-status={identity?.status ?? ''}
              data-run-id={identity?.runId ?? ''}
            >
              {t(partial ? 'results.metaPartial' : 'results.meta', {
                replications: formatInteger(summary.replications),
                total: formatInteger(total),
                seed: String(summary.seed),
                months: summary.months,
              })}
            </p>
            <p className="reading-badge" data-testid="reading-shown" data-reading={riskLevel}>
              {t('reading.shown', { reading: t(`reading.${riskLevel}`) })}
            </p>
          </div>
          <AsOfNotice summary={summary} />
          <MigrationSection summary={summary} />
          <LifecycleSection summary={summary} />
          <section aria-labelledby="quota-risk-title">
            <h2 id="quota-risk-title">{t('results.quotas')}</h2>
            <QuotaTable
              quotas={summary.quotas}
              monthLabels={summary.monthLabels}
              riskLevel={riskLevel}
              refusals={summary.refusals}
              explaining={breach}
              onExplainBreach={(q) => setBreach(breach === q ? null : q)}
            />
            {breach && (
              <BreachExplanation
                summary={summary}
                quota={breach}
                riskLevel={riskLevel}
                onClose={() => setBreach(null)}
              />
            )}
          </section>
          <SeriesSection summary={summary} group="capacity" />
          {below && (
            <>
              <MoneySection summary={below} scenario={scenario} />
              <FaultDiscountSection summary={below} scenario={scenario} />
              <PlacementSection summary={below} scenario={scenario} />
              <SeriesSection summary={below} group="reliability" />
              <OtherSeriesSection summary={below} />
            </>
          )}
        </LifecycleProvider>
      )}
      <ActualsPanel />
      <ContractPanel />
    </div>
  );
}
