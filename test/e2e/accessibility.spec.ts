import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ComparePage } from './pages/comparePage.ts';
import { PlannerPage, type View } from './pages/plannerPage.ts';

/**
 * An accessibility scan (axe-core, WCAG 2.x A/AA rules) of every view in both languages after a real
 * run, with the results' folded series and an explanation open: no serious or critical violation.
 */
const VIEWS: View[] = ['library', 'editor', 'results', 'compare', 'report'];

async function seriousViolations(p: PlannerPage): Promise<string[]> {
  const result = await new AxeBuilder({ page: p.page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`no serious or critical accessibility violation on any view (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    const p = await PlannerPage.fresh(page);
    await p.open('/?view=results', lang);
    await p.runDone();
    for (const view of VIEWS) {
      await p.view(view);
      if (view === 'results') {
        await page.getByTestId('more-series-capacity').locator('summary').click();
        await p.explainFirstBreach('storageTb');
      }
      expect(await seriousViolations(p), `${view} in ${lang}`).toEqual([]);
    }
    await p.page.getByTestId('share').click();
    await expect(p.page.getByTestId('share-qr')).toBeVisible();
    expect(await seriousViolations(p), `share dialog in ${lang}`).toEqual([]);
  });
}

/**
 * The states a view reaches only by use: the results of a scenario that moves data (the migration
 * answer and the contract's exit lead the page), an operation's form and the whole document under
 * Advanced, and the decision sheet after a comparison has run.
 */
for (const lang of ['zh-CN', 'en'] as const) {
  test(`no serious or critical accessibility violation in the states reached by use (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const p = await PlannerPage.fresh(page);
    await p.open('/?view=library', lang);
    await page.getByTestId('open-luohe-2025-migrate-out').click();
    await p.view('results');
    await p.runDone(150_000);
    await expect(page.getByTestId('migration-section')).toBeVisible();
    expect(await seriousViolations(p), `results of a migration in ${lang}`).toEqual([]);

    await p.view('editor');
    await page
      .getByTestId(/^operation-edit-/)
      .first()
      .click();
    await expect(page.locator('.operation .op-form').first()).toBeVisible();
    expect(await seriousViolations(p), `an open operation in ${lang}`).toEqual([]);
    await page.getByTestId('editor-mode-advanced').click();
    await expect(page.getByTestId('calibration-factor')).toBeVisible();
    expect(await seriousViolations(p), `the advanced editor in ${lang}`).toEqual([]);

    await p.view('compare');
    const c = new ComparePage(page);
    await c.setReplications(20);
    await c.run();
    await c.sheetShown();
    expect(await seriousViolations(p), `the decision sheet in ${lang}`).toEqual([]);
    expect(p.errors).toEqual([]);
  });
}
