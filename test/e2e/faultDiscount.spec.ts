import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/plannerPage.ts';

/**
 * Issue 15 on the results page: the fault-discount rule explained (clause 2.2.4, the parts counted,
 * the scenario's table, each part's worst month in this run) and the monthly bill before and after
 * the fault discount, in both languages at 1366×768.
 */
for (const lang of ['zh-CN', 'en'] as const) {
  test(`fault discount and monthly bills before/after it, ${lang}`, async ({ page }) => {
    const p = await PlannerPage.fresh(page);
    await p.open('/?view=results', lang);
    await p.runDone();
    const section = page.getByTestId('section-fault-discount');
    await section.scrollIntoViewIfNeeded();
    await expect(section).toContainText(lang === 'en' ? 'clause 2.2.4' : '第2.2.4条');
    // The baseline's table has four rows; all three parts are counted; the run's worst months show.
    await expect(section.getByTestId('fault-discount-table').locator('tbody tr')).toHaveCount(4);
    for (const part of ['database', 'compute', 'egress'])
      await expect(section.getByTestId(`fault-part-${part}`)).toHaveAttribute('data-counted', 'true');
    const rows = section.getByTestId('fault-availability-table').locator('tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(rows.last()).toContainText('%');
    await expect(section.getByTestId('fault-discount-mean')).toContainText('¥');
    await p.screenshotOf(section, `fault-discount-${lang}`);
    const bill = page.getByTestId('money-monthly-band');
    await bill.scrollIntoViewIfNeeded();
    await expect(bill).toContainText(lang === 'en' ? 'After fault discount (paid)' : '故障扣减后（实付）');
    await expect(bill).toContainText(lang === 'en' ? 'Before fault discount' : '故障扣减前');
    await p.screenshotOf(bill, `money-before-after-${lang}`);
    expect(p.errors).toEqual([]);
  });
}
