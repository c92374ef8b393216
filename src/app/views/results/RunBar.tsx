/**
 * Run controls: the Run button, progress with cancel while running, and the run's status. Until the
 * runner is wired, Run works only in sample mode (`?sample=1`, fake progress then sample data);
 * otherwise it is disabled and says why.
 */
import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { RunProgress } from '../../components/RunProgress.tsx';
import { useT } from '../../i18n/useT.ts';
import { appStore, useApp } from '../../store/index.ts';
import { sampleRequested } from '../../urlState.ts';

export function RunBar() {
  const t = useT();
  const { status, done, total, error } = useApp(
    useShallow((s) => ({
      status: s.runStatus,
      done: s.replicationsDone,
      total: s.replicationsTotal,
      error: s.runError,
    })),
  );
  const cancelRef = useRef<(() => void) | null>(null);
  const sample = sampleRequested(window.location.search);

  const run = async () => {
    const { startFakeRun } = await import('../../dev/fakeRun.ts');
    cancelRef.current = startFakeRun(appStore);
  };
  const cancel = () => {
    cancelRef.current?.();
    cancelRef.current = null;
  };

  return (
    <div className="run-bar">
      {status === 'running' ? (
        <RunProgress done={done} total={total} onCancel={cancel} />
      ) : (
        <>
          <button
            type="button"
            className="primary"
            disabled={!sample}
            aria-describedby={sample ? undefined : 'run-not-connected'}
            onClick={run}
            data-testid="run"
          >
            {t('run.run')}
          </button>
          {!sample && (
            <span id="run-not-connected" className="muted">
              {t('run.notConnected')}
            </span>
          )}
          <span className="run-status" data-status={status}>
            {t(`run.status.${status}`)}
          </span>
          {error && (
            <span role="alert" className="error">
              {error}
            </span>
          )}
        </>
      )}
    </div>
  );
}
