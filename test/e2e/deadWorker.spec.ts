import { expect, type Page, test, type Worker } from '@playwright/test';
import { PlannerPage } from './pages/plannerPage.ts';

/**
 * Workers that die without a word (issue 20): a worker closed from outside sends no error event, so
 * a run used to sit at "running, 2 of 200" for ever. The runner now notices (liveness locks,
 * heartbeats), replaces what died and runs again, or fails with a message.
 */
test.describe.configure({ timeout: 300_000 });

const REPLICATIONS = '600';

function workersNamed(page: Page, file: string): Worker[] {
  return page.workers().filter((w) => w.url().includes(file));
}

async function closeAll(workers: Worker[]): Promise<void> {
  // self.close() ends a worker from the inside: no error event, no message — the silent death.
  await Promise.all(workers.map((w) => w.evaluate(() => self.close()).catch(() => {})));
}

/** Opens the baseline with more replications and waits until its run is under way. */
async function runningBaseline(page: Page): Promise<PlannerPage> {
  const p = await PlannerPage.fresh(page);
  await p.open('/');
  await p.runSettled(120_000);
  await p.view('editor');
  await p.setField('simulation.replications', REPLICATIONS);
  await p.view('results');
  await expect(p.runBar).toHaveAttribute('data-total', REPLICATIONS, { timeout: 30_000 });
  await expect(p.runBar).toHaveAttribute('data-status', 'running');
  await expect
    .poll(() => workersNamed(page, 'simulation.worker').length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  return p;
}

test('closed simulation workers are replaced and the run still finishes with every replication', async ({
  page,
}) => {
  const p = await runningBaseline(page);
  const closed = workersNamed(page, 'simulation.worker');
  await closeAll(closed);
  // Replacements start within seconds — the liveness lock, not the pool's 60-s silence timeout.
  await expect
    .poll(() => workersNamed(page, 'simulation.worker').some((w) => !closed.includes(w)), { timeout: 20_000 })
    .toBe(true);
  await p.runDone(240_000);
  await expect(p.runBar).toHaveAttribute('data-done', REPLICATIONS);
});

test('a closed run worker (and its simulation workers) is restarted and the run runs again to the end', async ({
  page,
}) => {
  const p = await runningBaseline(page);
  const first = workersNamed(page, 'run.worker');
  expect(first).toHaveLength(1);
  await closeAll([...first, ...workersNamed(page, 'simulation.worker')]);
  await expect
    .poll(() => workersNamed(page, 'run.worker').some((w) => !first.includes(w)), {
      timeout: 30_000,
    })
    .toBe(true);
  await p.runDone(240_000);
  await expect(p.runBar).toHaveAttribute('data-done', REPLICATIONS);
});

test('a run whose run worker dies again after its restart fails with a message, not a frozen bar', async ({
  page,
}) => {
  const p = await runningBaseline(page);
  const first = workersNamed(page, 'run.worker');
  await closeAll(first);
  await expect
    .poll(() => workersNamed(page, 'run.worker').filter((w) => !first.includes(w)).length, {
      timeout: 30_000,
    })
    .toBe(1);
  await closeAll(workersNamed(page, 'run.worker').filter((w) => !first.includes(w)));
  await expect(p.runBar).toHaveAttribute('data-status', 'error', { timeout: 60_000 });
  await expect(page.getByTestId('run-error')).toContainText('stopped again');
  await p.screenshot('dead-worker-error-en-1366');
  // The message in the page's other language too (the error line comes in both; see runClient.ts).
  await p.language('zh-CN');
  await expect(page.getByTestId('run-error')).toContainText('重启后再次停止');
  await p.screenshot('dead-worker-error-zh-CN-1366');
  await p.language('en');
  // The page stays usable: a new run can start and finish.
  await page.getByTestId('run').click();
  await p.runDone(240_000);
});
