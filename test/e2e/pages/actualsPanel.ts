/**
 * Page object of the Actuals panel on the results page: import a file, read the fit and the
 * backtest, read the problems of a refused file, create the calibrated scenario.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class ActualsPanel {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByTestId('section-actuals');
  }

  /** Imports a file from disk, or given bytes under a name. */
  async importFile(file: string | { name: string; text: string }): Promise<void> {
    await this.section.scrollIntoViewIfNeeded();
    const input = this.page.getByTestId('actuals-file');
    if (typeof file === 'string') await input.setInputFiles(file);
    else await input.setInputFiles({ name: file.name, mimeType: 'text/csv', buffer: Buffer.from(file.text) });
  }

  get fitTable(): Locator {
    return this.page.getByTestId('actuals-fit-table');
  }

  fitRow(column: string): Locator {
    return this.fitTable.locator(`[data-testid="actuals-fit-row"][data-column="${column}"]`);
  }

  get problems(): Locator {
    return this.page.getByTestId('actuals-problem');
  }

  async create(): Promise<void> {
    await this.page.getByTestId('actuals-create').click();
    await expect(this.page.getByTestId('actuals-created')).toBeVisible();
  }
}
