import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/plannerPage.ts';

/**
 * Issue 9's journeys: a planner clicks an installment and reads how it was computed (lines that add
 * up to it, clause 2.2.4), clicks a first-breach month and reads where it comes from, and switches
 * the risk level; the explanation panels are photographed in both languages.
 */

/** "¥1,234.56" → 123456 fen, from the text alone. */
function fen(text: string): bigint {
  const m = /(-?)¥([\d,]+)\.(\d{2})/.exec(text);
  if (!m) throw new Error(`no amount in "${text}"`);
  const v = BigInt(m[2].replaceAll(',', '') + m[3]);
  return m[1] ? -v : v;
}

test('an installment opens its lines, which add up to it, with the fault-discount clause', async ({
  page,
}) => {
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=results');
  await p.runDone();
  const { amount, panel } = await p.explainInstallment(2);
  await expect(panel).toContainText('clause 2.2.4');
  await expect(panel).toContainText('the median run by total cost');
  const amounts = await panel
    .getByTestId('installment-lines-2')
    .locator('tbody td:last-child')
    .allTextContents();
  const sum = amounts.reduce((s, a) => s + fen(a), 0n);
  const lineSum = fen((await panel.getByTestId('installment-lines-2-sum').textContent()) ?? '');
  expect(sum).toBe(lineSum);
  const discount = fen(
    (await panel.getByTestId('installment-discount').textContent())?.split('=').pop() ?? '',
  );
  expect(lineSum - discount).toBe(fen(amount));
  await expect(panel.getByTestId('installment-check')).toContainText(`= ${amount} = the amount shown ✓`);
  await panel.getByTestId('installment-month-6').click();
  await expect(panel.getByTestId('month-explanation')).toContainText('✓');
  expect(p.errors).toEqual([]);
});

test('a month of the monthly bill opens its lines, by pointer and by keyboard', async ({ page }) => {
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=results');
  await p.runDone();
  const chart = page.getByTestId('money-monthly').locator('svg[role="img"]');
  const box = await chart.boundingBox();
  if (!box) throw new Error('the monthly bill chart is not on screen');
  await chart.click({ position: { x: box.width * 0.55, y: box.height * 0.5 } });
  const panel = page.getByTestId('monthly-bill-explanation');
  await expect(panel).toContainText('the median run by total cost');
  await expect(panel.getByTestId('month-explanation')).toContainText('✓');
  const month = Number(await panel.getByTestId('month-explanation').getAttribute('data-month'));
  expect(month).toBeGreaterThan(0);
  const amounts = await panel.getByTestId('month-lines').locator('tbody td:last-child').allTextContents();
  const lineSum = fen((await panel.getByTestId('month-lines-sum').textContent()) ?? '');
  expect(amounts.reduce((s, a) => s + fen(a), 0n)).toBe(lineSum);
  await panel.getByTestId('month-close').click();
  await expect(panel).toHaveCount(0);
  await chart.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('month-explanation')).toHaveAttribute('data-month', '0');
  expect(p.errors).toEqual([]);
});

test('a first-breach month opens the series against the quota with the month marked', async ({ page }) => {
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=results');
  await p.runDone();
  const panel = await p.explainFirstBreach('storageTb');
  await expect(panel.getByTestId('breach-sentence')).toContainText('crosses the 54 TB quota in');
  await expect(panel.getByTestId('chart-highlight')).toHaveCount(1);
  await expect(panel.getByTestId('breach-histogram-storageTb')).toBeVisible();
  const likely = await panel.getByTestId('breach-sentence').textContent();
  await p.riskLevel('cautious');
  await expect(panel.getByTestId('breach-sentence')).toContainText('cautious, P95');
  expect(await panel.getByTestId('breach-sentence').textContent()).not.toBe(likely);
  expect(p.errors).toEqual([]);
});

test('the risk level changes the headlines and says which reading is shown', async ({ page }) => {
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=results');
  await p.runDone();
  const verdict = await p.moneyVerdict();
  const storage = await page.getByTestId('headroom-storage').textContent();
  const firstInstallment = await page.getByTestId('installment-amount-1').textContent();
  await expect(page.getByTestId('reading-shown')).toContainText('likely, P50');
  await p.riskLevel('cautious');
  await expect(page.getByTestId('reading-shown')).toContainText('cautious, P95');
  await expect(page.getByTestId('money-verdict')).toContainText('cautious, P95');
  expect(await p.moneyVerdict()).not.toBe(verdict);
  await expect(page.getByTestId('headroom-storage')).toContainText('cautious, P95');
  expect(await page.getByTestId('headroom-storage').textContent()).not.toBe(storage);
  await expect(page.getByTestId('headroom-vms')).toContainText('cautious, P5');
  expect(await page.getByTestId('installment-amount-1').textContent()).not.toBe(firstInstallment);
  const { panel } = await p.explainInstallment(1);
  await expect(panel).toContainText('the P95 run by total cost');
  expect(p.errors).toEqual([]);
});

test('the VM size of "how much more fits" is a scenario edit that re-runs', async ({ page }) => {
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=results');
  await p.runDone();
  await expect(page.getByTestId('headroom-vms')).toContainText('8 vCPU / 16 GB / 100 GB');
  await page.getByTestId('headroom-shape-vcpu').fill('4');
  await expect(page.getByTestId('scenario-name')).toContainText('edited');
  await expect(p.runBar).toHaveAttribute('data-status', 'running');
  await p.runDone();
  await expect(page.getByTestId('headroom-vms')).toContainText('4 vCPU / 16 GB / 100 GB');
  await page.getByTestId('headroom-month').selectOption('12');
  await expect(page.getByTestId('host-heatmap')).toContainText('Jan 2024');
  expect(p.errors).toEqual([]);
});

test('the print report carries the installments line by line and how the first breaches were read', async ({
  page,
}) => {
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=results');
  await p.runDone();
  const { amount } = await p.explainInstallment(2);
  await p.view('report');
  // One table: a row per billed item, a column per installment, closed by the checks (issue 17:
  // the whole report fits four A4 pages, so the six explanations share one table).
  const installments = page.getByTestId('report-installments');
  await expect(installments.locator('thead th')).toHaveCount(7);
  await expect(installments.getByTestId('installment-check').locator('td')).toHaveText(Array(6).fill('✓'));
  await expect(installments).toContainText('clause 2.2.4');
  await expect(installments.getByTestId('report-installment-2')).toHaveText(amount);
  await expect(page.getByTestId('report-breaches')).toContainText('crosses the 54 TB quota');
  await expect(page.getByTestId('report-reading')).toContainText('likely, P50');
  await p.screenshotOf(page.getByTestId('report-breaches'), 'explain-report-breaches-en');
  expect(p.errors).toEqual([]);
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`explanation panels in ${lang} (screenshots)`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    const p = await PlannerPage.fresh(page);
    await p.open('/?view=results', lang);
    await p.runDone();
    const { panel } = await p.explainInstallment(1);
    await p.screenshotOf(panel, `explain-installment-${lang}`);
    const breach = await p.explainFirstBreach('storageTb');
    await p.screenshotOf(breach, `explain-breach-${lang}`);
    await p.screenshotOf(page.getByTestId('quota-table'), `explain-quota-table-${lang}`);
    await p.screenshotOf(page.getByTestId('refusal-panel'), `explain-refusals-${lang}`);
    await p.screenshotOf(page.getByTestId('headroom-panel'), `explain-headroom-${lang}`);
    const bill = page.getByTestId('money-monthly').locator('svg[role="img"]');
    await bill.focus();
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await p.screenshotOf(page.getByTestId('monthly-bill-explanation'), `explain-month-${lang}`);
    await p.riskLevel('cautious');
    await p.screenshotOf(page.getByTestId('headroom-panel'), `explain-headroom-cautious-${lang}`);
    await p.screenshot(`explain-header-${lang}`);
    expect(p.errors).toEqual([]);
  });
}
