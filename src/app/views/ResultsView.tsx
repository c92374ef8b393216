/**
 * Results of the latest run, answer first: the lead parts other features register (e.g. a
 * migration's answer), the risk header (one sentence, spend, VMs that do not fit, each quota's
 * exhaustion and what to add), the section navigation, then one section per subject — capacity,
 * money, placement, reliability, migration — whose parts are listed in results/resultsParts.tsx.
 * Everything reads the bands at the risk level chosen in the header. While a run is under way its
 * partial results show (bands sharpen as batches arrive). With no run it shows an empty state
 * (never invented numbers) above the contract's own figures.
 */
import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isWhole } from '../../results/runIdentity.ts';
import type { RunSummary } from '../../results/types.ts';
import { LifecycleProvider } from '../charts/LifecycleMarks.tsx';
import { ContractPanel } from '../components/ContractPanel.tsx';
import { formatInteger } from '../format/cny.ts';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';
import { ActualsPanel } from './actuals/ActualsPanel.tsx';
import { ResultStatus } from './results/ResultStatus.tsx';
import { RiskHeader } from './results/RiskHeader.tsx';
import { RunBar } from './results/RunBar.tsx';
import { partsOf, type ResultsPartProps, type ResultsSlot, SECTION_ORDER } from './results/resultsParts.tsx';
import { SectionNav } from './results/SectionNav.tsx';
import { useThrottledValue } from './results/useThrottledValue.ts';

/**
 * While a run goes on, the heavy parts update at most every 2 s — every 5 s on a machine of two
 * cores or fewer, where the simulation workers take every core and each render of the charts is
 * taken from them (a 1,000-replication run of the baseline in Chromium on 2 cores ended ~0.4 s
 * sooner). The answer (risk header, quota table, capacity bands) still follows every summary.
 */
function heavySectionsIntervalMs(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return cores <= 2 ? 5000 : 2000;
}
const HEAVY_SECTIONS_INTERVAL_MS = heavySectionsIntervalMs();

function Parts({
  slot,
  props,
  heavySummary,
}: {
  slot: ResultsSlot;
  props: ResultsPartProps;
  heavySummary: RunSummary | null;
}) {
  return (
    <>
      {partsOf(slot, props).map(({ id, heavy, Component }) => {
        if (!heavy) return <Component key={id} {...props} />;
        return heavySummary ? <Component key={id} {...props} summary={heavySummary} /> : null;
      })}
    </>
  );
}

export function ResultsView() {
  const t = useT();
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
  // While a run goes on, the risk header, the quota table and the capacity bands render with each
  // new summary at once; the heavier parts follow at most every 2 s (5 s on 2 cores), in a deferred (interruptible)
  // render, so the first bands reach the screen without waiting for every chart and the page leaves
  // the cores to the simulation. A finished run renders everything at once, with the final numbers.
  const running = status === 'running';
  const deferred = useDeferredValue(useThrottledValue(summary, HEAVY_SECTIONS_INTERVAL_MS, running));
  const heavySummary = running ? deferred : summary;
  const props: ResultsPartProps | null = summary ? { summary, scenario, riskLevel } : null;
  const sections = props ? SECTION_ORDER.filter((slot) => partsOf(slot, props).length > 0) : [];
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
      {summary && props && (
        <LifecycleProvider value={summary.lifecycle}>
          <div className="section-head results-meta">
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
          <Parts slot="lead" props={props} heavySummary={heavySummary} />
          <RiskHeader summary={summary} scenario={scenario} riskLevel={riskLevel} />
          <SectionNav sections={['risk', ...sections]} />
          {sections.map((slot) => (
            <section
              key={slot}
              id={`results-${slot}`}
              className="results-section"
              aria-labelledby={`results-${slot}-title`}
              data-testid={`section-${slot}`}
            >
              <h2 id={`results-${slot}-title`}>{t(`results.section.${slot}`)}</h2>
              <Parts slot={slot} props={props} heavySummary={heavySummary} />
            </section>
          ))}
        </LifecycleProvider>
      )}
      <ActualsPanel />
      <ContractPanel />
    </div>
  );
}
