import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ActualsPanel } from './pages/actualsPanel.ts';
import { PlannerPage } from './pages/plannerPage.ts';

/**
 * A scenario calibrated on actuals carries its history, so its link is longer than a QR code holds.
 * The share dialog still offers the link (it once failed drawing the QR code) and says why there
 * is no QR code; the link opens the same scenario elsewhere.
 */
test('the share dialog of a calibrated scenario offers its long link without a QR code', async ({
  page,
  browser,
}) => {
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=results');
  const actuals = new ActualsPanel(page);
  await actuals.importFile('scenarios/luohe-2023-actuals.csv');
  await actuals.create();
  await expect(page.getByTestId('scenario-name')).toContainText('as of 2024-12');
  await page.getByTestId('share').click();
  await expect(page.getByTestId('share-no-qr')).toContainText('too long for a QR code');
  const link = await page.getByTestId('share-url').inputValue();
  expect(link.length).toBeGreaterThan(2_950);
  await p.screenshot('share-long-link-en');
  await page.keyboard.press('Escape');
  await p.language('zh-CN');
  await page.getByTestId('share').click();
  await expect(page.getByTestId('share-no-qr')).toContainText('二维码');
  await p.screenshot('share-long-link-zh-CN');
  await page.keyboard.press('Escape');

  const other = await browser.newContext();
  const colleague = new PlannerPage(await other.newPage());
  await colleague.page.goto(link);
  await colleague.language('en');
  await expect(colleague.page.getByTestId('link-problem')).toHaveCount(0);
  await expect(colleague.page.getByTestId('scenario-name')).toContainText('as of 2024-12');
  expect(colleague.errors).toEqual([]);
  await other.close();
  expect(p.errors).toEqual([]);
});

test('a scenario too large for any link: the share dialog says to export it, and the page goes on', async ({
  page,
}) => {
  // The largest estate the schema takes, with long names no compressor can fold: no link holds it.
  const scenario = JSON.parse(readFileSync('scenarios/luohe-2023-baseline.json', 'utf8'));
  const template = scenario.compute.systems[0];
  let seed = 7;
  const noise = (n: number) =>
    Array.from({ length: n }, () => {
      seed = (seed * 48271) % 2147483647;
      return String.fromCharCode(0x4e00 + (seed % 20000));
    }).join('');
  for (let i = scenario.compute.systems.length; i < 300; i++)
    scenario.compute.systems.push({ ...template, id: `x-${i}`, name: noise(120), nameZh: noise(120) });
  scenario.id = 'huge-estate';
  scenario.name = 'Huge estate';
  scenario.simulation.replications = 10;
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=library');
  await page.getByTestId('import-file').setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  await expect(page.getByTestId('scenario-name')).toContainText('Huge estate');
  await page.getByTestId('share').click();
  await expect(page.getByTestId('share-too-long')).toContainText('Export it as JSON');
  await expect(page.getByTestId('share-url')).toHaveCount(0);
  await p.screenshot('share-too-large-en');
  await page.keyboard.press('Escape');
  // The address holds no link to something else; a reload keeps the imported scenario (My scenarios).
  await expect.poll(() => new URL(page.url()).hash).toBe('');
  await page.reload();
  await expect(page.getByTestId('scenario-name')).toContainText('Huge estate');
  expect(p.errors).toEqual([]);
});
