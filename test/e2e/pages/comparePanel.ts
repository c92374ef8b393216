/** Page object of the Compare view: choose the scenarios and replications, run, read the tables. */
import { expect, type Locator, type Page } from '@playwright/test';

export class ComparePanel {
  constructor(readonly page: Page) {}

  pick(id: string): Locator {
    return this.page.getByTestId(`compare-pick-${id}`);
  }

  async replications(n: number): Promise<void> {
    await this.page.getByTestId('compare-replications').fill(String(n));
  }

  async run(): Promise<void> {
    await this.page.getByTestId('compare-run').click();
  }

  /** Waits until every option has its figures (or its error). */
  async done(timeout = 120_000): Promise<void> {
    await expect(this.page.getByTestId('compare-table')).toBeVisible({ timeout });
    await expect(this.page.getByTestId('compare-run')).toBeEnabled({ timeout });
    await expect(this.page.getByTestId('compare-table').locator('td.muted')).toHaveCount(0, { timeout });
  }

  async tableText(): Promise<string> {
    return (await this.page.getByTestId('compare-table').textContent()) ?? '';
  }

  async pairedText(): Promise<string> {
    const paired = this.page.getByTestId('compare-paired');
    return (await paired.count()) > 0 ? ((await paired.textContent()) ?? '') : '';
  }
}
