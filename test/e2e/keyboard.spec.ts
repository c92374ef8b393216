import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/plannerPage.ts';

/**
 * Keyboard use: a skip link first, roving focus in the view tabs, and focus that follows what the
 * user opened (a view from the library, an explanation) and returns when it closes.
 */

test('the first Tab reaches a skip link that jumps past the header', async ({ page }) => {
  test.setTimeout(180_000); // a full run of 200 replications on a loaded machine
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=results', 'zh-CN');
  await page.reload(); // the language is remembered; focus starts at the top of the page
  const skip = page.getByTestId('skip-link');
  await expect(skip).toBeAttached();
  await expect(page.getByTestId('app-title')).toHaveText('漯河政务云容量规划');
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toHaveText('跳到主要内容');
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#view-panel')).toBeFocused();
  expect(page.url()).not.toContain('#view-panel');
  expect(p.errors).toEqual([]);
});

test('arrow keys move from the focused tab, not from the selected one', async ({ page }) => {
  test.setTimeout(180_000); // a full run of 200 replications on a loaded machine
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=results', 'en');
  // Focus can rest on a tab that is not selected (a screen reader's cursor, a press without release).
  await page.getByTestId('tab-library').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-editor')).toBeFocused();
  await expect(page.getByTestId('tab-editor')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-compare')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByTestId('tab-report')).toBeFocused();
  expect(p.errors).toEqual([]);
});

test('focus goes to what was opened and comes back when it closes', async ({ page }) => {
  test.setTimeout(180_000); // a full run of 200 replications on a loaded machine
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=library', 'en');
  await page.getByTestId('open-renewal-2026-as-is').click();
  await expect(page.getByTestId('tab-results')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#view-panel h2').first()).toBeFocused();
  await p.runSettled();

  const month = page.getByTestId('first-breach-storageTb');
  await month.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('breach-explanation-storageTb');
  await expect(panel).toBeFocused();
  await page.getByTestId('breach-close').click();
  await expect(month).toBeFocused();
  expect(p.errors).toEqual([]);
});
