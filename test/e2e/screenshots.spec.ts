import { expect, test } from '@playwright/test';
import { PlannerPage, type View } from './pages/plannerPage.ts';

/**
 * Screenshots of every main view in both languages at 1366×768 and 1920×1080, after a real run of the
 * baseline (test-results/screenshots/<view>-<lang>-<width>.png), plus the results page in full.
 */
const VIEWS: View[] = ['library', 'editor', 'results', 'compare', 'report'];
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

for (const lang of ['zh-CN', 'en'] as const) {
  for (const size of SIZES) {
    test(`screenshots in ${lang} at ${size.width}×${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      const p = await PlannerPage.fresh(page);
      await p.open('/', lang);
      await p.runSettled();
      for (const view of VIEWS) {
        await p.view(view);
        await p.screenshot(`${view}-${lang}-${size.width}`);
      }
      await p.view('editor');
      await page.getByTestId('editor-mode-advanced').click();
      await p.screenshot(`editor-advanced-${lang}-${size.width}`);
      await p.view('results');
      const chart = page.getByTestId('band-vcpuDemand');
      if (await chart.count()) {
        await chart.scrollIntoViewIfNeeded();
        await chart.locator('svg[role="img"]').hover({ position: { x: 300, y: 120 } });
        await expect(chart.getByRole('status')).toContainText('P95');
        await p.screenshot(`results-charts-${lang}-${size.width}`);
      }
      await p.screenshot(`results-full-${lang}-${size.width}`, true);
      expect(p.errors).toEqual([]);
    });
  }
}
