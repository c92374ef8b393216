/**
 * The page's one run controller, on the page's store and a run worker started as this module loads
 * (before the first render), so that it and its simulation workers load their code while the page
 * starts: the first bands come sooner. Where there are no workers (unit tests), it starts on demand.
 */
import { browserCores } from '../../runner/browserWorkers.ts';
import { createRunClient } from '../../runner/runClient.ts';
import { appStore } from '../store/index.ts';
import { earlyRunClient } from './earlyClient.ts';
import { startRunController } from './runController.ts';

/**
 * How often a run sends a fresh summary (ms): each one is summarised in the run worker and drawn on
 * this thread, on the cores the simulation workers use; where those take every core (2 cores),
 * once a second, else twice.
 */
const summaryIntervalMs = browserCores() <= 2 ? 1000 : 500;

export const runController = startRunController(appStore, () => earlyRunClient ?? createRunClient(), {
  summaryIntervalMs,
});

let firstRunStarted = false;

/**
 * Starts the page's first run, once: as soon as the workspace has answered (main.tsx), before the
 * first render, so the simulation starts while React draws the page; the app's first effect calls
 * it too, for pages started otherwise (tests).
 */
export function startFirstRun(): void {
  if (firstRunStarted) return;
  firstRunStarted = true;
  runController.runNow();
}
