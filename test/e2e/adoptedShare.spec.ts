import { expect, test } from '@playwright/test';
import { ComparePage } from './pages/comparePage.ts';
import { PlannerPage } from './pages/plannerPage.ts';
import { WorkspacePanel } from './pages/workspacePanel.ts';

/**
 * Issue 13 × the recommender: an adopted recommendation is a compare option only this browser had.
 * It is listed in My scenarios, survives leaving the view, and the share link carries it whole, so a
 * colleague who opens the link sees the same comparison, figure for figure.
 */
test('an adopted recommendation is kept, listed, and travels in the share link', async ({
  page,
  browser,
}) => {
  test.setTimeout(10 * 60_000);
  const p = await PlannerPage.fresh(page);
  const ws = new WorkspacePanel(page);
  await p.open('/?view=library');
  await ws.openBuiltIn('renewal-2026-as-is');
  await p.view('compare');
  const c = new ComparePage(page);
  await c.setReplications(40);
  await c.runRecommender(200);
  await page.getByTestId('rec-adopt').click();
  await c.sheetShown(300_000);
  await expect(c.table.locator('thead th[scope="col"]')).toHaveCount(3);
  const table = (await c.table.textContent()) ?? '';
  const adoptedName = (await c.table.locator('thead th[scope="col"]').nth(2).textContent()) ?? '';

  // Listed in My scenarios, as the message says; still in the compare set after leaving the view.
  await p.view('library');
  await expect(ws.root.getByTestId('workspace-entry')).toHaveCount(1);
  await p.view('compare');
  await expect(page.getByTestId('compare-picked')).toContainText(adoptedName.trim());

  const link = await p.currentLink();
  const colleagueContext = await browser.newContext();
  const colleague = new PlannerPage(await colleagueContext.newPage());
  await colleague.page.goto(link);
  await colleague.language('en');
  await expect(colleague.page.getByTestId('link-problem')).toHaveCount(0);
  await expect(colleague.page.getByTestId('link-notice')).toHaveCount(0);
  const theirs = new ComparePage(colleague.page);
  await theirs.sheetShown(300_000);
  expect(await theirs.table.textContent()).toBe(table);
  expect(colleague.errors).toEqual([]);
  await colleagueContext.close();
  expect(p.errors).toEqual([]);
});
