/**
 * Procurement's journey (issue 16): compare the three renewal options and read the verdict and the
 * per-quota table; cancel a comparison; run the recommender, see its frontier, and add the
 * recommendation to My scenarios, compared against the scenario being edited. Screenshots in both
 * languages at 1366×768 land in test-results/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ComparePage } from './pages/comparePage.ts';
import { PlannerPage } from './pages/plannerPage.ts';

test('the three renewal options: verdict first, a column each, every quota with its interval, paired differences', async ({
  page,
}) => {
  test.setTimeout(420_000);
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=compare');
  const c = new ComparePage(page);
  await c.setReplications(100);
  await c.run();
  await expect(page.getByTestId('compare-progress')).toContainText(/Option \d of 3/);
  await c.sheetShown();
  // The verdict comes before the table.
  const [verdictBox, tableBox] = [await c.verdict.boundingBox(), await c.table.boundingBox()];
  expect(verdictBox!.y).toBeLessThan(tableBox!.y);
  await expect(c.verdict).toContainText('Verdict');
  await expect(c.verdict).toContainText(/Storage/);
  await expect(c.table.locator('thead th[scope="col"]')).toHaveCount(4);
  await expect(c.row('price')).toContainText('¥5,767,200.00');
  await expect(c.row('price')).toContainText('¥5,399,406.66');
  await expect(c.row('price')).toContainText('¥6,839,573.00');
  await expect(c.row('price')).toContainText('Δ +¥1,072,373.00');
  // One kind of difference: a paired mean with its interval, in every later column.
  await expect(c.row('spend').locator('.cell-diff')).toHaveCount(2);
  await expect(c.row('spend').locator('.cell-diff').first()).toContainText(
    /Δ [+−]¥[\d,]+\.\d{2} \([+−]¥[\d,]+\.\d{2} to [+−]¥/,
  );
  for (const q of [
    'vcpu',
    'ramGb',
    'vmCount',
    'diskTb',
    'storageTb',
    'egressMbps',
    'serverToServerMbps',
    'smsPerYear',
    'dbNodes',
  ])
    await expect(c.row(`quota-${q}`).locator('td')).toHaveCount(3);
  // Storage breaches in every run of every option: an interval, not a bare 100 %.
  await expect(c.row('quota-storageTb').locator('td').first()).toContainText(
    /100(\.0)?% \(9\d\.\d%–100(\.0)?%\)/,
  );
  await expect(c.row('quota-storageTb').locator('td').first()).toContainText('Jan 2026');
  await p.screenshot('compare-sheet-en');
  // Overlaid bands: each option's own quota line, distinguishable without colour.
  await page.getByTestId('compare-overlay-metric').selectOption('storageUsedTb');
  const chart = page.getByTestId('compare-overlay-chart');
  await expect(chart.locator('[data-option-quota]')).toHaveCount(3);
  // The options' storage demand is the same run for run: the caption says why one median shows.
  await expect(chart).toContainText('The medians lie on one another');
  await chart.scrollIntoViewIfNeeded();
  await p.screenshot('compare-overlay-en');
  // The CSV carries the same figures.
  const download = page.waitForEvent('download');
  await page.getByTestId('compare-csv').click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain('Contract price (incl. VAT)');
  expect(csv).toContain('5399406.66');
  await p.language('zh-CN');
  await expect(c.verdict).toContainText('结论');
  await expect(c.row('price')).toContainText('合同价');
  await c.verdict.scrollIntoViewIfNeeded();
  await p.screenshot('compare-sheet-zh');
  await page.emulateMedia({ media: 'print' });
  await p.screenshot('compare-print-zh', true);
  // Printed on A4, the sheet (verdict, table, one chart) takes one or two pages.
  const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  expect(p.errors).toEqual([]);
});

test('a comparison shows its progress and can be cancelled', async ({ page }) => {
  test.setTimeout(180_000);
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=compare');
  const c = new ComparePage(page);
  await c.setReplications(2000);
  await c.run();
  await expect(page.getByTestId('compare-progress')).toContainText(/Option 1 of 3: \d+ of 2000 replications/);
  await page.getByTestId('compare-cancel').click();
  await expect(page.getByText('Cancelled: option 1 did not finish')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('compare-run')).toBeEnabled();
  await expect(c.sheet).toHaveCount(0);
});

test('the recommender finds the cheapest quotas, draws the frontier, and joins the comparison', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=library');
  await page.getByTestId('open-renewal-2026-as-is').click();
  await p.view('compare');
  const c = new ComparePage(page);
  // A mistyped tolerance is named, and nothing runs on it.
  await page.getByTestId('rec-tolerance').fill('0');
  await expect(page.getByTestId('rec-tolerance-error')).toContainText('between 0.1% and 49%');
  await expect(page.getByTestId('rec-run')).toBeDisabled();
  await page.getByTestId('rec-tolerance').fill('5');
  const result = await c.runRecommender(200);
  await expect(page.getByTestId('rec-headline')).toContainText(/Recommended: contract price ¥[\d,]+\.\d{2}/);
  await expect(page.getByTestId('rec-table').locator('tbody tr')).toHaveCount(8);
  await expect(page.getByTestId('frontier-chart').locator('[data-kind="recommended"]')).toHaveCount(1);
  await expect(page.getByTestId('frontier-chart').locator('[data-kind="current"]')).toHaveCount(1);
  await result.scrollIntoViewIfNeeded();
  await p.screenshot('recommender-en');
  await page.getByTestId('frontier-chart').scrollIntoViewIfNeeded();
  await p.screenshot('recommender-frontier-en');
  await page.getByTestId('rec-adopt').click();
  await expect(page.getByTestId('rec-saved')).toContainText('recommended');
  await c.sheetShown(300_000);
  await expect(c.table.locator('thead th[scope="col"]')).toHaveCount(3);
  await expect(c.row('price').locator('td').nth(1)).toContainText('Δ −¥');
  await c.verdict.scrollIntoViewIfNeeded();
  await p.screenshot('recommender-compared-en');
  await p.language('zh-CN');
  await result.scrollIntoViewIfNeeded();
  await p.screenshot('recommender-zh');
  await page.getByTestId('frontier-chart').scrollIntoViewIfNeeded();
  await p.screenshot('recommender-frontier-zh');
  expect(p.errors).toEqual([]);
});
