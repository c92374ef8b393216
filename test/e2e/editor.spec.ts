import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/plannerPage.ts';

/**
 * The operations editor: a planner adds a dated operation in the words of the trade, sets it in a
 * small form with units, sees it on the time axis and in the list, and watches the last run's digest
 * beside the editor change — without leaving the editor. Under "Advanced" the whole document stays
 * editable, with named rows and the calibration factor read-only.
 */

/** What the journey reads, in each language. */
const TEXT = {
  en: {
    storage: 'Storage',
    date: '1 Feb 2023',
    kind: 'Quota change',
    set: 'Storage (primary + backup + logs) 80 TB',
    edited: 'edited',
  },
  'zh-CN': {
    storage: '存储',
    date: '2023年2月1日',
    kind: '配额调整',
    set: /存储（主\+备份\+日志）\s*80 TB/,
    edited: '已修改',
  },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  test(`adding an operation changes the digest beside the editor (${lang})`, async ({ page }) => {
    test.setTimeout(180_000); // a full run of 200 replications on a loaded machine
    const text = TEXT[lang];
    const p = await PlannerPage.fresh(page);
    await p.open('/?view=editor', lang);
    const digest = page.getByTestId('run-digest');
    await expect(digest).toHaveAttribute('data-status', 'done', { timeout: 150_000 });
    await expect(page.getByTestId('digest-worst')).toHaveAttribute('data-quota', 'storageTb');
    await expect(page.getByTestId('digest-worst')).toContainText(text.storage);

    await page.getByTestId('add-operation-kind').selectOption('quota-change');
    await page.getByTestId('add-operation-date').fill('2023-02-01');
    await page.getByTestId('add-operation-button').click();
    const op = page.locator('[data-kind="quota-change"]');
    await expect(op).toContainText(text.date);
    await expect(op).toContainText(text.kind);
    await expect(page.getByTestId('timeline-axis')).toBeVisible();
    await p.setField('timeline[0].quotas.storageTb', '80');
    await expect(op).toContainText(text.set);
    await expect(page.getByTestId('scenario-name')).toContainText(text.edited);

    // The run restarts by itself; the digest shows the new run's answer: storage no longer at risk.
    await expect(digest)
      .toHaveAttribute('data-status', 'running', { timeout: 10_000 })
      .catch(() => undefined);
    await expect(digest).toHaveAttribute('data-status', 'done', { timeout: 150_000 });
    await expect(page.getByTestId('digest-worst')).not.toHaveAttribute('data-quota', 'storageTb', {
      timeout: 150_000,
    });
    await p.screenshot(`editor-operation-${lang}`);

    // Undo takes the operation away in one step.
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    await expect(page.locator('[data-kind="quota-change"]')).toHaveCount(0);
    expect(p.errors).toEqual([]);
  });
}

test('operations read in Chinese, and a system going live is one operation (zh-CN)', async ({ page }) => {
  test.setTimeout(180_000); // a full run of 200 replications on a loaded machine
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=library', 'zh-CN');
  await page.getByTestId('open-luohe-2024-expansion').click();
  await p.view('editor');
  const ops = page.locator('.operation');
  await expect(ops).toHaveCount(4);
  await expect(ops.first()).toContainText('2024年3月1日');
  await expect(ops.first()).toContainText('系统上线');
  await expect(ops.first()).toContainText('上线：8 台虚拟机');
  // Moving the date moves the system's month with it: the scenario stays valid.
  await page
    .getByTestId(/^operation-edit-/)
    .first()
    .click();
  const date = ops.first().locator('input').first();
  await date.fill('2024-04-01');
  await expect(page.getByTestId('validation-summary')).toHaveClass(/valid-line/);
  await expect(ops.first()).toContainText('2024年4月1日');
  await p.screenshot('editor-operations-zh-CN');

  await page.getByTestId('editor-mode-advanced').click();
  await expect(page.getByTestId('calibration-factor')).toBeVisible();
  await expect(page.getByTestId('advanced-editor').locator('input[value="1.0"]')).toHaveCount(0);
  // Storage rows are named after their system, not numbered.
  await expect(page.getByTestId('item-storage.systems[0]')).toHaveText(/政务服务门户网站/);
  // A reload of this tab keeps the mode the planner chose.
  await page.reload();
  await expect(page.getByTestId('editor-mode-advanced')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('calibration-factor')).toBeVisible();
  expect(p.errors).toEqual([]);
});
