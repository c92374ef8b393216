/**
 * Page object of the results a planner reads: which run the figures are from (ResultStatus), whether
 * they are final, partial or stale, and the figures themselves (total cost at the reading, each
 * quota's breach probability) as text, to compare character for character.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface ShownFigures {
  runId: number;
  replications: number;
  total: number;
  /** The money verdict's sentence (holds the total cost at the chosen reading). */
  moneyVerdict: string;
  /** Breach probability by the end of the term, by quota key, as shown ('12.5%'). */
  breach: Record<string, string>;
}

export class ResultsPanel {
  constructor(readonly page: Page) {}

  get status(): Locator {
    return this.page.getByTestId('result-status');
  }

  get meta(): Locator {
    return this.page.getByTestId('results-meta');
  }

  async runId(): Promise<number> {
    if ((await this.status.count()) === 0) return 0;
    return Number(await this.status.getAttribute('data-run-id'));
  }

  /** Waits for a final, whole, current result of a run newer than `afterRunId`. */
  async waitFinal(afterRunId = 0, timeout = 90_000): Promise<void> {
    await expect
      .poll(
        async () => {
          if ((await this.status.count()) === 0) return 'none';
          const [run, partial, stale, status] = await Promise.all([
            this.status.getAttribute('data-run-id'),
            this.status.getAttribute('data-partial'),
            this.status.getAttribute('data-stale'),
            this.meta.getAttribute('data-result-status'),
          ]);
          return Number(run) > afterRunId && partial === 'false' && stale === 'false' && status === 'final'
            ? 'final'
            : `run ${run} partial ${partial} stale ${stale} ${status}`;
        },
        { timeout, intervals: [100, 250, 500] },
      )
      .toBe('final');
  }

  /** The figures on screen now. */
  async figures(): Promise<ShownFigures> {
    const breach: Record<string, string> = {};
    for (const cell of await this.page.locator('[data-testid^="breach-probability-"]').all()) {
      const id = (await cell.getAttribute('data-testid')) ?? '';
      breach[id.replace('breach-probability-', '')] = (await cell.textContent()) ?? '';
    }
    return {
      runId: await this.runId(),
      replications: Number(await this.meta.getAttribute('data-replications')),
      total: Number(await this.meta.getAttribute('data-total')),
      moneyVerdict: (await this.page.getByTestId('money-verdict').textContent()) ?? '',
      breach,
    };
  }

  async quotaTableText(): Promise<string> {
    return (await this.page.getByTestId('quota-table').locator('tbody').textContent()) ?? '';
  }
}
