import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/plannerPage.ts';
import { ResultsPanel } from './pages/resultsPanel.ts';
import { WorkspacePanel } from './pages/workspacePanel.ts';

/**
 * Screenshots at 1366×768 in both languages (test-results/screenshots/): the workspace ("My
 * scenarios") and results that are not whole or not current — partial (a run still going), stale
 * (inputs changed since, with what changed) and for the last valid inputs (typed text not a number).
 */
for (const lang of ['zh-CN', 'en'] as const) {
  test(`workspace and result-state screenshots in ${lang}`, async ({ page }) => {
    test.setTimeout(5 * 60_000);
    // The page's timers can be paused (the runs themselves are in workers and keep going).
    await page.clock.install();
    const p = await PlannerPage.fresh(page);
    const ws = new WorkspacePanel(page);
    const results = new ResultsPanel(page);
    await p.open('/?view=library', lang);
    await ws.openBuiltIn('renewal-2026-right-size');
    await p.view('editor');
    await p.setField('contract.quotas.vcpu', '520');
    await p.view('library');
    await ws.saveCurrent();
    await page.getByTestId('duplicate-renewal-2026-expand').click();
    await p.view('library');
    await expect(ws.root.getByTestId('workspace-entry')).toHaveCount(2);
    await p.screenshot(`workspace-${lang}-1366`);

    // Partial: a long run, caught while it goes on.
    await p.view('editor');
    await p.setField('simulation.replications', '3000');
    await p.view('results');
    await expect(page.getByTestId('result-partial')).toBeVisible({ timeout: 60_000 });
    await p.screenshot(`result-partial-${lang}-1366`);
    await page.getByTestId('run-progress').getByRole('button').click(); // cancel
    await expect(p.runBar).toHaveAttribute('data-status', 'cancelled');

    // Stale: a whole result, then an edit, seen before the new run starts (the page's timers paused,
    // so the edit's run waits).
    await p.view('editor');
    await p.setField('simulation.replications', '60');
    await p.view('results');
    await results.waitFinal();
    await page.clock.pauseAt(Date.now() + 60_000);
    await p.view('editor');
    await p.setField('contract.quotas.vcpu', '560');
    await p.setField('contract.quotas.ramGb', '1200');
    await p.view('results');
    await expect(page.getByTestId('result-stale')).toContainText('560');
    await p.screenshot(`result-stale-${lang}-1366`);
    await page.clock.resume();
    await results.waitFinal();

    // For the last valid inputs: text typed into a field that is not a number.
    await p.view('editor');
    await p.setField('contract.quotas.ramGb', '1O24');
    await p.view('results');
    await expect(page.getByTestId('result-invalid-inputs')).toContainText('1O24');
    await p.screenshot(`result-invalid-${lang}-1366`);
    expect(p.errors).toEqual([]);
  });
}
