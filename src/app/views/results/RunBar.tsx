/**
 * Run controls: Run now, progress (replications done of N) with Cancel while running, the status in
 * words, and what went wrong (a failed run's message, or the fields that keep the scenario from
 * running). Runs also start by themselves when an edit settles. The first time it shows a run done
 * the page records the performance mark `luohe:first-run-done` (the bench reads it).
 */
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { RunProgress } from '../../components/RunProgress.tsx';
import { formatInteger } from '../../format/cny.ts';
import { issueText } from '../../i18n/issueText.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { runController } from '../../run/index.ts';
import { runErrorText } from '../../run/runErrorText.ts';
import { useApp } from '../../store/index.ts';

/** Recorded when the run bar first shows a run done, all its replications in (the bench reads it). */
export const FIRST_RUN_DONE_MARK = 'luohe:first-run-done';

export function RunBar() {
  const t = useT();
  const lang = useLanguage();
  const scenario = useApp((s) => s.scenario);
  const { status, done, total, error, issues, wallMs } = useApp(
    useShallow((s) => ({
      status: s.runStatus,
      done: s.replicationsDone,
      total: s.replicationsTotal,
      error: s.runError,
      issues: s.runIssues,
      wallMs: s.runWallMs,
    })),
  );
  useEffect(() => {
    if (status === 'done' && performance.getEntriesByName(FIRST_RUN_DONE_MARK).length === 0)
      performance.mark(FIRST_RUN_DONE_MARK);
  }, [status]);
  return (
    <div className="run-bar" data-testid="run-bar" data-status={status} data-done={done} data-total={total}>
      {status === 'running' ? (
        <RunProgress done={done} total={total} onCancel={() => runController.cancel()} />
      ) : (
        <>
          <button type="button" className="primary" onClick={() => runController.runNow()} data-testid="run">
            {t('run.run')}
          </button>
          <span className="run-status" data-status={status}>
            {t(`run.status.${status}`)}
            {status === 'done' &&
              wallMs !== null &&
              ` · ${t('run.wall', { seconds: (wallMs / 1000).toFixed(1) })}`}
            {status === 'cancelled' && done > 0 && ` · ${t('run.partial', { done: formatInteger(done) })}`}
          </span>
        </>
      )}
      {status === 'error' && error && (
        <p role="alert" className="error" data-testid="run-error">
          {t('run.failed', { message: runErrorText(error, lang) })}
        </p>
      )}
      {status === 'invalid' && (
        <div role="alert" className="error" data-testid="run-invalid">
          <p>{t('run.invalid')}</p>
          <ul>
            {issues.slice(0, 6).map((i) => (
              <li key={i.path + i.message}>{issueText(i, lang, scenario)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
