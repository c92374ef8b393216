import '../scenario/zodJitless.ts'; // first: before any zod schema is built (CSP, see the module)
import './run/earlyClient.ts'; // second: the run worker starts loading before the rest is evaluated
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { RootErrorBoundary } from './layout/RootErrorBoundary.tsx';
import { firstRunEnded } from './offline/firstRunEnded.ts';
import { registerServiceWorker } from './offline/registerServiceWorker.ts';
import { startFirstRun } from './run/index.ts';
import { appStore, tabStorage, workspace } from './store/index.ts';
import { startAddressBarSync } from './url/addressBar.ts';
import './styles/base.css';
import './styles/header.css';
import './styles/page.css';
import './styles/tables.css';
import './styles/charts.css';
import './styles/forms.css';
import './styles/lifecycle.css';
import './styles/results.css';
import './styles/report.css';
import './planner.css';
import './explain.css';
import './workspace.css';
import './styles/errors.css';

/**
 * The first render waits for the workspace (the autosaved working copy, usually a few ms) so the
 * page does not show and run the baseline first; a storage that does not answer in this time is
 * given up for the working copy (the page goes on, and says so).
 */
const WORKSPACE_WAIT_MS = 2_000;

function render(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  startAddressBarSync(appStore, window, undefined, tabStorage());
  createRoot(root).render(
    <StrictMode>
      <RootErrorBoundary>
        <App />
      </RootErrorBoundary>
    </StrictMode>,
  );
}

const gaveUp = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), WORKSPACE_WAIT_MS));
void Promise.race([workspace.ready.then(() => 'ready' as const), gaveUp]).then((outcome) => {
  if (outcome === 'timeout') workspace.abandonSession();
  // The run starts before the first render: the workers simulate while React draws the page.
  startFirstRun();
  render();
});

// Offline support installs after the first run, not while its workers need the cores.
if (import.meta.env.PROD) registerServiceWorker(firstRunEnded(appStore));
