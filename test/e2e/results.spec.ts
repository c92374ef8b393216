import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/plannerPage.ts';

/**
 * Results that read in a minute: the risk header answers first (in both languages), the sections are
 * one click away, placement refusals count as a risk in the quota table, and the rarely needed
 * series are named, with units, and folded.
 */

for (const lang of ['zh-CN', 'en'] as const) {
  test(`the risk header gives the answer first (${lang})`, async ({ page }) => {
    test.setTimeout(180_000); // a full run of 200 replications on a loaded machine
    const p = await PlannerPage.fresh(page);
    await p.open('/?view=results', lang);
    await p.runDone();
    const header = page.getByTestId('risk-header');
    await expect(header).toBeInViewport();
    const sentence = page.getByTestId('risk-sentence');
    // The baseline's storage runs out during the term, and VMs are refused in most runs.
    if (lang === 'zh-CN') {
      await expect(sentence).toContainText('存储（主+备份+日志）（54 TB）最可能在');
      await expect(sentence).toContainText('才能把风险降到 5% 以下');
      await expect(sentence).toContainText('合同期支出为 ¥');
    } else {
      await expect(sentence).toContainText(
        'Storage (primary + backup + logs) (54 TB) runs out most likely in',
      );
      await expect(sentence).toContainText('to bring that to 5 % or less');
      await expect(sentence).toContainText('Spend over the term is ¥');
    }
    const storage = page.getByTestId('risk-table').locator('tr[data-quota="storageTb"]');
    await expect(storage).toHaveAttribute('data-risk', 'high');
    await expect(page.getByTestId('add-storageTb')).toContainText('+');
    await expect(page.getByTestId('add-vcpu')).toHaveText(lang === 'zh-CN' ? '无需增加' : 'nothing to add');
    await expect(page.getByTestId('risk-table').locator('tr[data-quota="placement"]')).toBeVisible();
    const share = Number(await page.getByTestId('risk-placement').getAttribute('data-share'));
    expect(share).toBeGreaterThan(0.05);

    // The same money figure on the card and in the Money section.
    const amount = await page.getByTestId('risk-spend').getAttribute('data-amount');
    const verdict = await p.moneyVerdict();
    const grouped = `¥${Number(amount).toLocaleString('en', { minimumFractionDigits: 2 })}`;
    expect(verdict).toContain(grouped);

    // The cautious reading moves the sentence to the P95 figures.
    await p.riskLevel('cautious');
    await expect(header).toHaveAttribute('data-reading', 'cautious');
    await expect(sentence).toContainText(lang === 'zh-CN' ? '审慎估计在' : 'at the cautious reading in');
    await p.screenshot(`risk-header-${lang}`);
    expect(p.errors).toEqual([]);
  });
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`the sections are one click away, and focus lands on the section (${lang})`, async ({ page }) => {
    test.setTimeout(180_000); // a full run of 200 replications on a loaded machine
    const p = await PlannerPage.fresh(page);
    await p.open('/?view=results', lang);
    await p.runDone();
    for (const section of ['money', 'placement', 'reliability', 'capacity', 'risk'] as const) {
      await page.getByTestId(`nav-${section}`).click();
      const heading = page.locator(`#results-${section}-title`);
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
      // The navigation stays in sight while the page scrolls.
      await expect(page.getByTestId('section-nav')).toBeInViewport();
    }
    expect(page.url()).not.toContain('#results-');
    expect(p.errors).toEqual([]);
  });
}

test('placement refusals are a row of the quota table; rarely needed series are named and folded', async ({
  page,
}) => {
  test.setTimeout(180_000); // a full run of 200 replications on a loaded machine
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=results', 'zh-CN');
  await p.runDone();
  const row = page.getByTestId('quota-row-placement');
  await expect(row).toContainText('虚拟机放置（被拒）');
  await expect(row).toHaveAttribute('data-risk', 'high');
  const more = page.getByTestId('more-series-capacity');
  await expect(more).not.toHaveAttribute('open', '');
  await expect(more.locator('.chart')).toHaveCount(0);
  await more.locator('summary').click();
  await expect(more.getByTestId('band-storageBackupTb')).toContainText('存储：备份');
  await expect(more.getByTestId('band-storageBackupTb').locator('.axis-unit')).toHaveText('TB');
  // Every series the run produced is named: no raw camelCase title anywhere on the page.
  const titles = await page.locator('.chart-title').allTextContents();
  expect(titles.filter((t) => /[a-z]{2,}[A-Z]/.test(t))).toEqual([]);
  expect(p.errors).toEqual([]);
});

test('the page marks when its first bands and its first finished run are on screen (what the bench reads)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=results', null);
  await p.runDone();
  const first = await page.evaluate(() => ({
    bands: performance.getEntriesByName('luohe:first-bands').map((m) => m.startTime),
    done: performance.getEntriesByName('luohe:first-run-done').map((m) => m.startTime),
    now: performance.now(),
  }));
  expect(first.bands).toHaveLength(1);
  expect(first.done).toHaveLength(1);
  expect(first.done[0]).toBeGreaterThan(first.bands[0]);
  expect(first.done[0]).toBeLessThanOrEqual(first.now);
});
