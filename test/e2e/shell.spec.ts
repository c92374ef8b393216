import { expect, type Page, test } from '@playwright/test';
import { linkViewOf } from './pages/linkPayload.ts';

/**
 * The planner shell: language switch and keyboard navigation of the views.
 */

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('shell-spec-initialised')) {
      localStorage.clear();
      sessionStorage.setItem('shell-spec-initialised', '1');
    }
  });
});

test('switching the language changes the header, <html lang> and is remembered', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/');
  await page.getByTestId('lang-zh-CN').click();
  await expect(page.getByTestId('app-title')).toHaveText('漯河政务云容量规划');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('app-title')).toHaveText('Luohe government cloud planner');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('tab-library')).toHaveText('Library');

  await page.reload();
  await expect(page.getByTestId('app-title')).toHaveText('Luohe government cloud planner');
  expect(errors).toEqual([]);
});

test('the views are reachable with the keyboard, and the address bar holds the view', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/');
  await page.getByTestId('lang-en').click();
  const historyLength = await page.evaluate(() => history.length);

  await page.getByTestId('tab-results').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-compare')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('tab-compare')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('tab-library')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('Scenario library');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('tab-report')).toHaveAttribute('aria-selected', 'true');
  // The address bar holds the share link of this view (no ?view=, no history entry per switch).
  await expect(page).toHaveURL(/\/#s=2\.luohe-2023-baseline\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  // Tab from the tab list moves into the panel's first control.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Print report' })).toBeFocused();
  // A reload of that address opens the same view.
  await expect.poll(() => linkViewOf(page.url())?.v).toBe('report');
  await page.reload();
  await expect(page.getByTestId('tab-report')).toHaveAttribute('aria-selected', 'true');
  expect(errors).toEqual([]);
});
