/**
 * What the figures on screen are: which run (its id, the fingerprint of its inputs, its seed, how
 * many of how many replications), whether they are partial (the run is still going, or stopped
 * early), and whether they are stale — computed from inputs that have since changed (with what
 * changed) or that are now invalid (runs use the last valid inputs, and this says so).
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isWhole } from '../../../results/runIdentity.ts';
import { formatInteger } from '../../format/cny.ts';
import { issueText } from '../../i18n/issueText.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { inputChanges, labelOfPathText } from '../../results/inputChanges.ts';
import { useApp } from '../../store/index.ts';

const MAX_CHANGES_SHOWN = 4;
const MAX_PROBLEMS_SHOWN = 4;

export function ResultStatus() {
  const t = useT();
  const lang = useLanguage();
  const { identity, runScenario, lastValid, issues, drafts, running, activeScenario } = useApp(
    useShallow((s) => ({
      identity: s.runIdentity,
      runScenario: s.runScenario,
      lastValid: s.lastValidScenario,
      issues: s.scenarioIssues,
      drafts: s.drafts,
      running: s.runStatus === 'running',
      activeScenario: s.activeRunScenario,
    })),
  );
  const changes = useMemo(
    () => (runScenario && runScenario !== lastValid ? inputChanges(runScenario, lastValid, lang) : []),
    [runScenario, lastValid, lang],
  );
  if (!identity) return null;
  const partial = !isWhole(identity);
  const stale = changes.length > 0;
  const draftList = Object.entries(drafts);
  const problems = issues.length + draftList.length;
  const counts = {
    done: formatInteger(identity.replicationsDone),
    total: formatInteger(identity.replicationsTotal),
  };
  return (
    <div
      className="result-status"
      data-testid="result-status"
      data-partial={partial}
      data-stale={stale}
      data-invalid-inputs={problems > 0}
      data-run-id={identity.runId}
      data-inputs-hash={identity.inputsHash}
    >
      <p className="result-identity muted" data-testid="result-identity">
        {t('result.identity', {
          run: identity.runId,
          hash: identity.inputsHash.slice(0, 8),
          seed: String(identity.seed),
          ...counts,
        })}
        {!partial && ` · ${t('result.final')}`}
      </p>
      {partial && (
        <p className="result-flag partial" role="status" data-testid="result-partial">
          {identity.status === 'partial'
            ? t('result.partial', counts)
            : t('result.partialStopped', {
                ...counts,
                status: t(
                  identity.status === 'failed' ? 'result.stopped.failed' : 'result.stopped.cancelled',
                ),
              })}
        </p>
      )}
      {stale && (
        <div className="result-flag stale" role="status" data-testid="result-stale">
          <p>{t('result.stale')}</p>
          <ul>
            {changes.slice(0, MAX_CHANGES_SHOWN).map((c) => (
              <li key={c.path} data-path={c.path}>
                {c.label}: {c.before} → {c.after}
              </li>
            ))}
            {changes.length > MAX_CHANGES_SHOWN && (
              <li>{t('result.staleMore', { count: changes.length - MAX_CHANGES_SHOWN })}</li>
            )}
          </ul>
          {running && activeScenario === lastValid && <p className="muted">{t('result.waitingNew')}</p>}
        </div>
      )}
      {problems > 0 && (
        <div className="result-flag invalid" role="status" data-testid="result-invalid-inputs">
          <p>{t('result.invalidInputs', { count: problems })}</p>
          <ul>
            {draftList.slice(0, MAX_PROBLEMS_SHOWN).map(([path, text]) => (
              <li key={path}>{t('result.draft', { field: labelOfPathText(path, lang), text })}</li>
            ))}
            {issues.slice(0, Math.max(0, MAX_PROBLEMS_SHOWN - draftList.length)).map((i) => (
              <li key={i.path + i.message}>{issueText(i, lang)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
