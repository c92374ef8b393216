import { expect, test } from '@playwright/test';
import { ComparePage } from './pages/comparePage.ts';
import { PlannerPage, type View } from './pages/plannerPage.ts';
import { untranslatedWords } from './support/untranslated.ts';

/**
 * Complete Chinese: a planner's journey through every view in zh-CN, with the folded parts opened,
 * explanations shown, a mistyped value, a bad import and a broken link, finds no English word a user
 * can see (product names and units aside: support/untranslated.ts).
 */

async function expectChinese(p: PlannerPage, where: string): Promise<void> {
  const words = await untranslatedWords(p.page);
  expect(words, `English on the ${where} page`).toEqual([]);
}

/** Opens every closed <details> of the view, so what is folded is checked too. */
async function openAllDetails(p: PlannerPage): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const closed = p.page.locator('#view-panel details:not([open]) > summary');
    const n = await closed.count();
    if (n === 0) return;
    for (let i = n - 1; i >= 0; i--) await closed.nth(i).click();
  }
}

test('every view of a zh-CN journey is in Chinese, folded parts included', async ({ page }) => {
  test.setTimeout(240_000);
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=results', 'zh-CN');
  await p.runDone();
  await expectChinese(p, 'results');
  await p.explainFirstBreach('storageTb');
  await p.explainInstallment(1);
  await openAllDetails(p);
  await expectChinese(p, 'results (opened)');
  await p.riskLevel('cautious');
  await expectChinese(p, 'results (cautious)');

  for (const view of ['library', 'editor', 'compare', 'report'] as View[]) {
    await p.view(view);
    if (view !== 'editor') await openAllDetails(p);
    await expectChinese(p, view);
  }
  // The editor with an operation open, then the whole document under "Advanced".
  await p.view('editor');
  await page.getByTestId('add-operation-kind').selectOption('migrate-out');
  await page.getByTestId('add-operation-button').click();
  await expect(page.locator('[data-kind="migrate-out"] .op-form')).toBeVisible();
  await expectChinese(p, 'editor with an operation open');
  await page.getByTestId('editor-mode-advanced').click();
  await expect(page.getByTestId('calibration-factor')).toBeVisible();
  await expectChinese(p, 'advanced editor');
  expect(p.errors).toEqual([]);
});

test('validation, import and link problems are told in Chinese', async ({ page }) => {
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=editor', 'zh-CN');
  await p.setField('term.months', '-5');
  await expect(page.getByTestId('section-term').getByRole('alert').first()).toHaveText('须 ≥ 1，当前为 -5');
  await expectChinese(p, 'editor with an error');
  await p.view('results');
  // Runs keep the last valid scenario; the results say the inputs are now invalid, and why, in Chinese.
  await expect(page.getByTestId('result-invalid-inputs')).toContainText('合同期 › 月数：须 ≥ 1，当前为 -5');
  await expectChinese(p, 'results of an invalid scenario');
  await page.getByTestId('undo').count();
  await p.view('library');
  await page.getByTestId('import-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version": 1, "id": '),
  });
  await expect(page.getByTestId('import-error')).toContainText('文件不是有效的 JSON');
  await expectChinese(p, 'library with an import error');
  await page.getByTestId('import-file').setInputFiles({
    name: 'wrong.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 1, id: 'Bad Id', term: { months: 'many' } })),
  });
  await expect(page.getByTestId('import-error')).toContainText('编号：须由小写字母、数字和连字符组成');
  await expectChinese(p, 'library with an invalid import');

  const other = new PlannerPage(await page.context().newPage());
  await other.page.goto('/#s=1.luohe-2023-baseline.q1bKLC7JTM3JTM0H');
  await expect(other.page.getByTestId('link-problem')).toBeVisible();
  await expectChinese(other, 'a broken link');
  expect(p.errors).toEqual([]);
});

/**
 * The contract's life and a comparison in zh-CN: the migrate-out and two-term scenarios' results
 * (migration answer, exit, terms), their operations, and the decision sheet after a comparison.
 */
test('the migration, the exit, the renewal and the decision sheet are in Chinese', async ({ page }) => {
  test.setTimeout(420_000);
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=library', 'zh-CN');
  for (const id of ['luohe-2025-migrate-out', 'luohe-2023-2028-renewal', 'luohe-2024-partial-move']) {
    await p.view('library');
    await page.getByTestId(`open-${id}`).click();
    await p.view('results');
    await p.runDone(150_000);
    await openAllDetails(p);
    await expectChinese(p, `results of ${id}`);
    await p.view('editor');
    await expectChinese(p, `operations of ${id}`);
  }
  await p.view('compare');
  const c = new ComparePage(page);
  await c.setReplications(20);
  await c.run();
  await c.sheetShown();
  await openAllDetails(p);
  await expectChinese(p, 'the decision sheet');
  expect(p.errors).toEqual([]);
});
