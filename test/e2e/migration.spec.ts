import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/plannerPage.ts';

/**
 * The migration answer is the first thing the migrate-out scenario shows (issue 14), in both
 * languages, with units; the charts grey out after the exit. Screenshots:
 * test-results/screenshots/migration-<lang>-1366.png (the page) and migration-answer-<lang>.png.
 */
for (const lang of ['zh-CN', 'en'] as const) {
  test(`the migrate-out scenario answers its question first, in ${lang}`, async ({ page }) => {
    const p = await PlannerPage.fresh(page);
    await p.open('/?view=library', lang);
    await page.getByTestId('open-luohe-2025-migrate-out').click();
    await p.view('results');
    await p.runDone(120_000);
    const section = page.getByTestId('migration-section');
    await expect(section).toBeVisible();
    // First: before the quota table, the bands and the money.
    const first = await page.evaluate(() => {
      const answer = document.querySelector('[data-testid="migration-section"]');
      const quotas = document.querySelector('[data-testid="quota-table"]');
      return !!answer && !!quotas && (answer.compareDocumentPosition(quotas) & 4) !== 0;
    });
    expect(first).toBe(true);
    await expect(section).toBeInViewport();
    const verdict = page.getByTestId('migration-verdict');
    await expect(verdict).toHaveAttribute('data-probability', '1');
    await expect(verdict).toContainText(lang === 'en' ? 'Yes' : '能');
    await expect(section).toContainText(lang === 'en' ? 'hours' : '小时');
    await expect(section).toContainText('Mbit/s');
    await expect(section).toContainText('TB');
    await expect(section.getByTestId('migration-chart')).toBeVisible();
    // Months after the 2025-03-16 exit are greyed on the charts; the final settlement is marked.
    await expect(page.getByTestId('exit-mark').first()).toBeAttached();
    await expect(page.getByTestId('final-settlement')).toBeAttached();
    await p.screenshot(`migration-${lang}-1366`);
    await p.screenshotOf(section, `migration-answer-${lang}`);
    await p.screenshot(`migration-full-${lang}-1366`, true);
    for (const chart of ['band-storageUsedTb', 'money-monthly', 'money-cumulative']) {
      await p.screenshotOf(page.getByTestId(chart), `migration-${chart}-${lang}`);
    }
    expect(p.errors).toEqual([]);
  });
}

test('a scenario without a migration shows no migration answer', async ({ page }) => {
  const p = await PlannerPage.fresh(page);
  await p.open('/', 'en');
  await p.runDone(120_000);
  await expect(page.getByTestId('quota-table')).toBeVisible();
  await expect(page.getByTestId('migration-section')).toHaveCount(0);
  await expect(page.getByTestId('exit-mark')).toHaveCount(0);
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`a two-term scenario shows both terms and the renewal boundary, in ${lang}`, async ({ page }) => {
    const p = await PlannerPage.fresh(page);
    await p.open('/?view=library', lang);
    await page.getByTestId('open-luohe-2023-2028-renewal').click();
    await p.view('results');
    await p.runDone(180_000);
    const terms = page.getByTestId('terms-table');
    await expect(terms).toBeVisible();
    await expect(terms.locator('tbody tr')).toHaveCount(2);
    await expect(terms).toContainText('¥5,399,406.66');
    await expect(page.getByTestId('renewal-mark').first()).toBeAttached();
    await expect(page.getByTestId('migration-section')).toHaveCount(0);
    // The storage quota in force: 54 TB in the signed term, 72 TB in the renewal.
    // (in the quota table, and beside the quota's name in the risk header above it)
    await expect(
      page.getByTestId('quota-table').locator('[data-quota="storageTb"] td').first(),
    ).toContainText('54 → 72');
    await expect(page.getByTestId('risk-table').locator('[data-quota="storageTb"] th')).toContainText(
      '54 → 72',
    );
    await p.screenshot(`two-terms-${lang}-1366`);
    await p.screenshot(`two-terms-full-${lang}-1366`, true);
    await p.screenshotOf(terms, `two-terms-table-${lang}`);
    for (const chart of ['band-storageUsedTb', 'money-cumulative']) {
      await p.screenshotOf(page.getByTestId(chart), `two-terms-${chart}-${lang}`);
    }
    expect(p.errors).toEqual([]);
  });
}

test('a partial move answers its copy before the leave date; the contract carries on', async ({ page }) => {
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=library', 'en');
  await page.getByTestId('open-luohe-2024-partial-move').click();
  await p.view('results');
  await p.runDone(180_000);
  const answer = page.getByTestId('migration-answer');
  await expect(answer).toHaveAttribute('data-kind', 'migrate-out');
  await expect(answer.locator('h2')).toHaveText('Moving out: does the 3.3 TB copy finish before 1 Jul 2024?');
  await expect(page.getByTestId('migration-verdict')).toHaveAttribute('data-probability', '1');
  // The copy holds its rate: the line's effect names live traffic not served, in GB.
  await expect(answer).toContainText('GB of live traffic not served');
  // Nothing ends: no exit mark, no final settlement, one term.
  await expect(page.getByTestId('exit-mark')).toHaveCount(0);
  await expect(page.getByTestId('final-settlement')).toHaveCount(0);
  await expect(page.getByTestId('lifecycle-section')).toHaveCount(0);
  // The egress quota in force: 1000 Mbit/s, then the amendment's 900 from July 2024.
  await expect(page.getByTestId('quota-table').locator('[data-quota="egressMbps"] td').first()).toContainText(
    '1,000 → 900',
  );
  await p.screenshot('partial-move-en-1366');
  await p.screenshotOf(answer, 'partial-move-answer-en');
  await p.screenshotOf(page.getByTestId('band-egressP95Mbps'), 'partial-move-band-egressP95Mbps-en');
  expect(p.errors).toEqual([]);
});
