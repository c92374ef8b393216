import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ActualsPanel } from './pages/actualsPanel.ts';
import { PlannerPage } from './pages/plannerPage.ts';

/**
 * Actuals, in both languages: import the sample file, see the fit beside its backtest, create the
 * calibrated scenario, and see the measured months as points (and the as-of line) on the band
 * charts, the risk header counting only months after the as-of month, and money split into paid
 * and projected. A file with a bad cell is refused naming row and column, and nothing changes.
 * Screenshots at 1366×768 in test-results/screenshots/actuals-*.
 */
const SAMPLE = 'scenarios/luohe-2023-actuals.csv';

for (const lang of ['en', 'zh-CN'] as const) {
  test(`import actuals, see the fit and the backtest, run as of the last month (${lang})`, async ({
    page,
  }) => {
    const p = await PlannerPage.fresh(page);
    await p.open('/?view=results', lang);
    await p.runSettled(120_000);
    const actuals = new ActualsPanel(page);
    await actuals.importFile(SAMPLE);
    await expect(actuals.fitTable).toBeVisible();
    await expect(actuals.fitTable.locator('[data-testid="actuals-fit-row"]')).toHaveCount(12);
    // Each row has its backtest beside the fit: an error and how many held-out months were inside.
    await expect(actuals.fitRow('vcpu_allocated').getByTestId('actuals-inside')).toHaveText(/^\d \/ 6$/);
    await expect(actuals.fitRow('storage_primary_tb')).toHaveAttribute('data-model', 'compound');
    await expect(page.getByTestId('actuals-coverage')).toContainText(
      lang === 'en' ? 'of 72 held-out months' : '72 个留出月份',
    );
    await actuals.fitTable.scrollIntoViewIfNeeded();
    await p.screenshot(`actuals-fit-${lang}-1366`);
    await page.getByTestId('actuals-fit-chart').scrollIntoViewIfNeeded();
    await expect(
      page.getByTestId('actuals-fit-chart').getByTestId('actual-points').locator('circle'),
    ).toHaveCount(24);
    await p.screenshot(`actuals-fit-chart-${lang}-1366`);
    // The backtest drawn: the fit without the last 6 months, and those months against its band.
    await page.getByTestId('actuals-chart-backtest').check();
    await expect(page.getByTestId('actuals-fit-band')).toContainText(lang === 'en' ? 'backtest' : '回测');
    await expect(
      page.getByTestId('actuals-fit-chart').getByTestId('actual-points').locator('circle'),
    ).toHaveCount(24);
    await p.screenshot(`actuals-backtest-chart-${lang}-1366`);

    await actuals.create();
    await expect(page.getByTestId('actuals-running')).toBeVisible();
    // Points are drawn only on a run of the calibrated scenario: once they show, its run is under way.
    const vcpu = page.getByTestId('band-vcpuDemand');
    await expect(vcpu.getByTestId('actual-points').locator('circle')).toHaveCount(24, { timeout: 60_000 });
    await p.runDone(120_000);
    await vcpu.scrollIntoViewIfNeeded();
    await expect(vcpu.getByTestId('as-of-line')).toHaveCount(1);
    await p.screenshot(`actuals-bands-${lang}-1366`);
    await expect(page.getByTestId('as-of-notice')).toBeVisible();
    // The risk header counts only the months after the as-of month: no first breach in 2023–2024.
    const firstBreach = await page.getByTestId('quota-table').locator('tbody').textContent();
    expect(firstBreach).not.toMatch(/2023|2024/);
    const money = page.getByTestId('actuals-money');
    await money.scrollIntoViewIfNeeded();
    await expect(money).toContainText('¥3,825,576.00');
    await p.screenshot(`actuals-money-${lang}-1366`);
    expect(p.errors).toEqual([]);
  });
}

test('a file with a bad cell is refused naming row and column, and nothing changes', async ({ page }) => {
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=results', 'en');
  await p.runSettled(120_000);
  const before = await p.quotaTableText();
  const actuals = new ActualsPanel(page);
  await actuals.importFile({
    name: 'bad.csv',
    text: 'month,vcpu_allocated,vm_count\n2024-01,410,150\n2024-02,4OO,151\n2024-13,420,-2\n',
  });
  await expect(actuals.problems).toHaveCount(3);
  await expect(actuals.problems.first()).toHaveAttribute('data-row', '3');
  await expect(actuals.problems.first()).toHaveAttribute('data-column', 'B');
  await expect(actuals.problems.first()).toContainText('expected a number, got "4OO"');
  await expect(page.getByTestId('actuals-problems')).toContainText('Nothing was changed');
  await expect(page.getByTestId('actuals-create')).toHaveCount(0);
  await expect(page.getByTestId('actuals-running')).toHaveCount(0);
  expect(await p.quotaTableText()).toBe(before);
  await page.getByTestId('actuals-problems').scrollIntoViewIfNeeded();
  await p.screenshot('actuals-problems-en-1366');
  await p.language('zh-CN');
  await expect(actuals.problems.first()).toContainText('应为数字，实际为“4OO”');
  await page.getByTestId('actuals-problems').scrollIntoViewIfNeeded();
  await p.screenshot('actuals-problems-zh-CN-1366');
  expect(p.errors).toEqual([]);
});

test('an Excel workbook (.xlsx, Chinese headers) imports like the CSV', async ({ page }) => {
  // The sample as a workbook with Chinese headers and numbers as numbers, as Excel would save it.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('实际数据');
  const zh = [
    '月份',
    '已分配 vCPU',
    '已分配内存',
    '已分配云硬盘',
    '虚拟机数量',
    '主存储用量',
    '备份存储用量',
    '互联网出口 95 百分位',
    '互联网出口峰值',
    '服务器间带宽 95 百分位',
    '服务器间带宽峰值',
    '短信发送量',
    '数据库峰值负载',
    '物理机故障次数',
    '数据库节点故障次数',
    '已付金额',
  ];
  const lines = readFileSync(SAMPLE, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .slice(1);
  ws.addRow(zh);
  for (const line of lines) ws.addRow(line.split(',').map((c, j) => (j > 0 && c !== '' ? Number(c) : c)));
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=results', 'zh-CN');
  await p.runSettled(120_000);
  const actuals = new ActualsPanel(page);
  await actuals.section.scrollIntoViewIfNeeded();
  await page.getByTestId('actuals-file').setInputFiles({
    name: 'actuals.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await expect(actuals.fitTable.locator('[data-testid="actuals-fit-row"]')).toHaveCount(12, {
    timeout: 30_000,
  });
  await expect(page.getByTestId('actuals-loaded')).toContainText('24 个月');
  expect(p.errors).toEqual([]);
});
