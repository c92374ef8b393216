import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/plannerPage.ts';

/**
 * The report for a procurement file, printed to PDF through Chromium: at most four A4 pages, the
 * verdict and the total spend on page 1, nothing on paper that asks to be clicked, in both languages.
 */

/** Pages of a PDF: the page tree's /Count, checked against the number of page objects. */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const pages = [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length;
  const counts = [
    ...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g),
  ].map((m) => Number(m[1] ?? m[2]));
  const root = counts.length ? Math.max(...counts) : pages;
  if (root !== pages) throw new Error(`PDF page tree says ${root} pages, ${pages} page objects`);
  return pages;
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`the report prints to at most 4 A4 pages with the total on page 1 (${lang})`, async ({ page }) => {
    test.setTimeout(180_000); // a full run of 200 replications on a loaded machine
    const p = await PlannerPage.fresh(page);
    await p.open('/?view=results', lang);
    await p.runDone();
    const spendOnScreen = await page.getByTestId('risk-spend').getAttribute('data-amount');
    await p.view('report');
    const first = page.getByTestId('report-page-1');
    const total = first.getByTestId('report-spend-total');
    await expect(total).toBeVisible();
    expect(await total.getAttribute('data-amount')).toBe(spendOnScreen);
    await expect(first.getByTestId('report-verdict')).not.toBeEmpty();
    await expect(first.getByTestId('risk-table')).toBeVisible();
    await p.screenshotOf(first, `report-page-1-${lang}`);

    await page.emulateMedia({ media: 'print' });
    const pages = page.locator('.report-page');
    const n = await pages.count();
    expect(n).toBeLessThanOrEqual(4);
    // On paper each report page is one A4 page: none holds more than fits (its content would be cut).
    for (let i = 0; i < n; i++) {
      const fits = await pages.nth(i).evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
      expect(fits, `report page ${i + 1} overflows A4`).toBe(true);
    }
    // Nothing on paper asks to be clicked or hovered.
    const paper = await page.locator('.report-pages').innerText();
    expect(paper).not.toMatch(/click|hover|press|点击|悬停|按回车|←|→/i);
    await expect(page.getByTestId('print')).toBeHidden();

    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(`test-results/report-${lang}.pdf`, pdf);
    const printed = pdfPageCount(pdf);
    expect(printed).toBeLessThanOrEqual(4);
    // As many printed pages as report pages: page 1 of the PDF is the report's page 1, total included.
    expect(printed).toBe(n);
    expect(p.errors).toEqual([]);
  });
}

/**
 * The contract's life makes the report longer: a renewal doubles the installments, an exit adds a
 * final settlement and a migration answer. Still four A4 pages, nothing cut off in height or width.
 */
for (const [id, lang] of [
  ['luohe-2023-2028-renewal', 'zh-CN'],
  ['luohe-2025-migrate-out', 'en'],
] as const) {
  test(`the report of ${id} still prints to at most 4 A4 pages, nothing cut off (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const p = await PlannerPage.fresh(page);
    await p.open('/?view=library', lang);
    await page.getByTestId(`open-${id}`).click();
    await p.view('results');
    await p.runDone(180_000);
    await p.view('report');
    await expect(page.getByTestId('report-page-1').getByTestId('report-spend-total')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const pages = page.locator('.report-page');
    const n = await pages.count();
    expect(n).toBeLessThanOrEqual(4);
    for (let i = 0; i < n; i++) await p.screenshotOf(pages.nth(i), `report-${id}-${lang}-page-${i + 1}`);
    for (let i = 0; i < n; i++) {
      const size = await pages.nth(i).evaluate((el) => ({
        height: el.scrollHeight - el.clientHeight,
        width: el.scrollWidth - el.clientWidth,
      }));
      expect(size, `report page ${i + 1} overflows A4 (px past its height and width)`).toEqual({
        height: expect.any(Number),
        width: expect.any(Number),
      });
      expect(
        Math.max(size.height, size.width),
        `report page ${i + 1} overflows A4 by ${JSON.stringify(size)}`,
      ).toBeLessThanOrEqual(1);
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(`test-results/report-${id}-${lang}.pdf`, pdf);
    expect(pdfPageCount(pdf)).toBe(n);
    expect(p.errors).toEqual([]);
  });
}
