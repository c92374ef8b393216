import { expect, test } from '@playwright/test';

test('the baseline opens with the contract computed in a worker', async ({ page }, testInfo) => {
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(err.message));

  await page.goto('/');
  const summary = page.getByTestId('contract-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toHaveAttribute('data-computed-in', 'worker');
  expect(page.workers().length).toBeGreaterThanOrEqual(1);

  await expect(page.getByTestId('total')).toHaveText('¥5,767,200.00');
  await expect(page.getByTestId('vat')).toHaveText('¥326,445.28');
  const amounts = page.getByTestId('installment-amount');
  await expect(amounts).toHaveCount(6);
  await expect(amounts).toHaveText(Array(6).fill('¥961,200.00'));

  await page.screenshot({ path: testInfo.outputPath('contract-summary.png'), fullPage: true });
  await page.screenshot({ path: 'test-results/screenshots/contract-summary.png', fullPage: true });
  expect(consoleErrors).toEqual([]);
});
