/**
 * Page object of the decision sheet (the Compare view) and the recommender: what procurement does
 * there, in its own words.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class ComparePage {
  constructor(readonly page: Page) {}

  get sheet(): Locator {
    return this.page.getByTestId('compare-sheet');
  }

  get table(): Locator {
    return this.page.getByTestId('compare-table');
  }

  get verdict(): Locator {
    return this.page.getByTestId('compare-verdict');
  }

  async setReplications(n: number): Promise<void> {
    await this.page.getByTestId('compare-replications').fill(String(n));
  }

  async run(): Promise<void> {
    await this.page.getByTestId('compare-run').click();
  }

  /** Waits for every option to finish and the sheet to show. */
  async sheetShown(timeout = 240_000): Promise<void> {
    await expect(this.sheet).toBeVisible({ timeout });
    await expect(this.page.getByTestId('compare-run')).toBeEnabled({ timeout });
  }

  /** The table's row for a measure ('price', 'spend', 'quota-storageTb', 'refusal', …). */
  row(key: string): Locator {
    return this.table.getByTestId(`compare-row-${key}`);
  }

  async runRecommender(maxReplications: number, timeout = 300_000): Promise<Locator> {
    await this.page.getByTestId('rec-max-replications').selectOption(String(maxReplications));
    await this.page.getByTestId('rec-run').click();
    const result = this.page.getByTestId('rec-result');
    await expect(result).toBeVisible({ timeout });
    return result;
  }
}
