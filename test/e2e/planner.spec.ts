import { expect, type Page, test } from '@playwright/test';
import { PlannerPage } from './pages/plannerPage.ts';

/**
 * The planner's main journeys on the real scenario library and the real runner. A run that fails
 * (a model still missing) must show its message; where numbers are compared the run must succeed.
 */

test('the baseline opens by default and shows the quota table and band charts', async ({ page }) => {
  const p = await PlannerPage.fresh(page);
  await p.open('/');
  await expect(page.getByTestId('scenario-name')).toContainText('signed contract');
  const status = await p.runSettled();
  if (status === 'error') {
    await expect(page.getByTestId('run-error')).toContainText('The simulation failed');
    test.skip(true, `the runner failed: ${await page.getByTestId('run-error').innerText()}`);
  }
  await expect(page.getByTestId('quota-table')).toBeVisible();
  await expect(page.getByTestId('quota-table').locator('tbody tr')).not.toHaveCount(0);
  await expect(page.getByTestId('band-vcpuDemand')).toBeVisible();
  await expect(page.getByTestId('money-verdict')).toContainText('¥');
  expect(p.errors).toEqual([]);
});

/** A fresh planner on the editor with the vCPU quota edited to 300. */
async function editedVcpu(page: Page): Promise<PlannerPage> {
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=editor');
  await p.setField('contract.quotas.vcpu', '300');
  await expect(page.getByTestId('scenario-name')).toContainText('edited');
  return p;
}

test('editing a value reruns and changes the results; the edit survives a reload and can be undone', async ({
  page,
}) => {
  const p = await editedVcpu(page);
  await expect(page.getByText('1 step to undo')).toBeVisible();
  await p.setField('term.months', '-2');
  await expect(page.getByTestId('section-term').getByRole('alert').first()).toContainText(
    'must be ≥ 1, got -2',
  );
  await expect(page.getByTestId('validation-summary')).toContainText('Problems to fix');
  await page.getByTestId('undo').click();
  await expect(p.field('term.months')).toHaveValue('36');
  await expect(p.field('contract.quotas.vcpu')).toHaveValue('300');

  // What the reload starts from, said if the edit does not come back (a failure seen once in CI).
  const before = { url: page.url(), tab: await page.evaluate(() => Object.keys(sessionStorage)) };
  await page.reload();
  await expect(
    p.field('contract.quotas.vcpu'),
    `the edit after a reload of ${JSON.stringify(before)}; now at ${page.url()}`,
  ).toHaveValue('300');
  await expect(page.getByText('Your unfinished edits were restored.')).toBeVisible();
  await p.view('results');
  const status = await p.runSettled();
  test.skip(status === 'error', 'the runner failed');
  await expect(page.getByTestId('quota-table').locator('tr', { hasText: 'vCPU' }).first()).toContainText(
    '300',
  );
  expect(p.errors).toEqual([]);
});

test('a browser storage that answers only after the page gave up waiting still reopens the edit, and never saves the baseline over it', async ({
  page,
}) => {
  const p = await editedVcpu(page);
  // From the next page on, IndexedDB opens 3 s late: the page starts without it after 2 s (main.tsx).
  await page.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      const request = open.apply(this, args);
      const listen = request.addEventListener.bind(request);
      request.addEventListener = ((type: string, listener: EventListener, options?: unknown) =>
        listen(
          type,
          type === 'success' ? (e: Event) => setTimeout(() => listener(e), 3_000) : listener,
          options as AddEventListenerOptions,
        )) as typeof request.addEventListener;
      return request;
    };
  });
  // Reopened from a bookmark (no link in the address): only storage holds the edit.
  await page.waitForTimeout(500); // the autosave's debounce
  await p.open('/?view=editor');
  await expect(p.field('contract.quotas.vcpu')).toHaveValue('300', { timeout: 15_000 });
  await expect(page.getByText('Your unfinished edits were restored.')).toBeVisible();
  // And stored so: another page, whose storage answers on time, opens the edit too.
  await page.waitForTimeout(500);
  const other = new PlannerPage(await page.context().newPage());
  await other.open('/?view=editor');
  await expect(other.field('contract.quotas.vcpu')).toHaveValue('300');
  expect(p.errors).toEqual([]);
  expect(other.errors).toEqual([]);
});

test('a share link opens the same scenario with identical numbers in a new page', async ({
  page,
  context,
}) => {
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=editor');
  await p.setField('contract.quotas.ramGb', '900');
  await p.view('results');
  const status = await p.runSettled();
  const url = await p.shareUrl();
  expect(url).toMatch(/#s=2\.luohe-2023-baseline\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/);
  await p.screenshot('share-dialog-en');
  await page.keyboard.press('Escape');

  const other = new PlannerPage(await context.newPage());
  await other.page.goto(url);
  await other.language('en');
  await expect(other.page.getByTestId('scenario-name')).toContainText('edited');
  await expect(other.page.getByTestId('link-problem')).toHaveCount(0);
  test.skip(status === 'error', 'the runner failed');
  await other.runDone();
  expect(await other.quotaTableText()).toBe(await p.quotaTableText());
  expect(await other.moneyVerdict()).toBe(await p.moneyVerdict());
});

test('a corrupted link says what is wrong and offers the baseline', async ({ page }) => {
  const p = await PlannerPage.fresh(page);
  await p.open('/#s=1.luohe-2023-baseline.q1bKLC7JTM3JTM0H', 'en');
  const banner = page.getByTestId('link-problem');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('damaged');
  await p.screenshot('broken-link-en');
  await page.getByTestId('open-baseline').click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('scenario-name')).toContainText('signed contract');
});

test('a run can be cancelled', async ({ page }) => {
  const p = await PlannerPage.fresh(page);
  await p.open('/');
  await p.runSettled();
  await p.view('editor');
  await p.setField('simulation.replications', '10000');
  await p.view('results');
  await expect(p.runBar).toHaveAttribute('data-total', '10000', { timeout: 10_000 });
  test.skip((await p.runBar.getAttribute('data-status')) === 'error', 'the runner failed');
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuemax', '10000');
  await p.screenshot('run-progress-en');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(p.runBar).toHaveAttribute('data-status', 'cancelled');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});

test('the library opens, duplicates and exports scenarios', async ({ page }) => {
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=library');
  await expect(page.getByTestId('card-luohe-2023-baseline')).toBeVisible();
  await page.getByTestId('open-renewal-2026-as-is').click();
  await expect(page.getByTestId('scenario-name')).not.toContainText('signed contract');
  await p.view('library');
  await page.getByTestId('duplicate-luohe-2023-baseline').click();
  await expect(p.field('id')).toHaveValue('luohe-2023-baseline-copy');
  await p.view('library');
  const download = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  expect((await download).suggestedFilename()).toBe('luohe-2023-baseline-copy.json');
  await page.getByTestId('import-file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version":1,"id":"x"}'),
  });
  await expect(page.getByTestId('import-error')).toBeVisible();
});
