import { expect, type Page, test } from '@playwright/test';

/**
 * The planner shell: language switch, keyboard navigation of the views, and screenshots of each view
 * in both languages at 1366×768 (test-results/screenshots/shell-<view>-<lang>.png).
 */
const VIEWS = ['library', 'editor', 'results', 'compare', 'report'] as const;

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

test('the views are reachable with the keyboard and keep the hash free', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/#s=keep-me');
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('results-empty')).toBeVisible();

  await page.getByTestId('tab-results').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-compare')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('tab-compare')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('tab-library')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('Scenario library');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('tab-report')).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/\?view=report#s=keep-me$/);

  // Tab from the tab list moves into the panel's first control.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Print report' })).toBeFocused();
  expect(errors).toEqual([]);
});

test('an edit is autosaved, restored on reload and undoable', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/?view=editor');
  await page.getByTestId('lang-en').click();
  const vcpu = page.getByLabel('vCPU', { exact: true });
  await vcpu.fill('600');
  await expect(page.getByTestId('scenario-name')).toContainText('edited');
  await page.reload();
  await expect(page.getByLabel('vCPU', { exact: true })).toHaveValue('600');
  await expect(page.getByText('Your unfinished edits were restored.')).toBeVisible();

  await page.getByLabel('vCPU', { exact: true }).fill('abc');
  await expect(page.getByRole('alert')).toContainText('"vCPU" needs a number');
  await page.getByTestId('tab-results').click();
  await expect(page.getByTestId('contract-summary')).toBeVisible();
  expect(errors).toEqual([]);
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`screenshots of every view in ${lang}`, async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/?sample=1');
    await page.getByTestId(`lang-${lang}`).click();
    await expect(page.getByTestId('sample-banner')).toBeVisible();
    for (const view of VIEWS) {
      await page.getByTestId(`tab-${view}`).click();
      await expect(page.getByTestId(`tab-${view}`)).toHaveAttribute('aria-selected', 'true');
      if (view === 'results' || view === 'report')
        await expect(page.getByTestId('contract-summary')).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/shell-${view}-${lang}.png` });
    }
    await page.getByTestId('tab-results').click();
    const chart = page.getByTestId('band-vcpuDemand').locator('svg[role="img"]');
    await chart.hover({ position: { x: 300, y: 120 } });
    await expect(page.getByTestId('band-vcpuDemand').getByRole('status')).toContainText('P95');
    await page.getByTestId('band-vcpuDemand').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/shell-results-charts-${lang}.png` });
    await page.screenshot({
      path: `test-results/screenshots/shell-results-full-${lang}.png`,
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });
}

test('the production results view shows an empty state, not numbers, before a run', async ({ page }) => {
  await page.goto('/?view=results');
  await expect(page.getByTestId('results-empty')).toBeVisible();
  await expect(page.getByTestId('quota-table')).toHaveCount(0);
  await expect(page.getByTestId('run')).toBeDisabled();
});

test('a sample run shows progress and can be cancelled', async ({ page }) => {
  await page.goto('/?sample=1&view=compare');
  await page.getByTestId('lang-en').click();
  await page.getByTestId('tab-results').click();
  await page.getByTestId('run').click();
  const bar = page.getByRole('progressbar', { name: 'Simulation progress' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuemax', '200');
  await page.screenshot({ path: 'test-results/screenshots/shell-progress-en.png' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.run-status')).toHaveText('cancelled');
});
