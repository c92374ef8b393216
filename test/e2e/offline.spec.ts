import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/plannerPage.ts';

/**
 * Offline after the first visit (issue 20): the service worker precaches the build, so a meeting-room
 * laptop on a flaky network opens the planner and runs a scenario — page, run worker and simulation
 * workers all from the cache — with the network gone.
 */
test('after the first visit the planner opens and runs with no network', async ({ page, context }) => {
  const planner = await PlannerPage.fresh(page);
  await planner.open('/?view=results');
  await planner.runDone();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  // The first visit's install precaches everything before the worker activates ("ready").
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('app-title')).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await planner.runDone();
  // A fresh run, after an edit, on workers loaded from the cache.
  await planner.view('editor');
  await planner.setField('contract.quotas.vcpu', '520');
  await planner.view('results');
  await expect(page.getByTestId('quota-table')).toContainText('520', { timeout: 60_000 });
  await planner.runDone();
  await planner.screenshot('offline-run-done');
  await context.setOffline(false);
  expect(planner.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual(
    [],
  );
});
