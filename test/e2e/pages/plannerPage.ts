/**
 * Page object of the planner: what a journey does (open, switch view or language, edit a field,
 * share, wait for a run) in the planner's own words, so the specs read as the journeys they test.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type View = 'library' | 'editor' | 'results' | 'compare' | 'report';

export class PlannerPage {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(msg.text());
    });
    page.on('pageerror', (err) => this.errors.push(err.message));
  }

  /** Starts every test from a clean browser profile (no autosaved draft, no language). */
  static async fresh(page: Page): Promise<PlannerPage> {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('planner-spec-initialised')) {
        localStorage.clear();
        sessionStorage.setItem('planner-spec-initialised', '1');
      }
    });
    return new PlannerPage(page);
  }

  async open(path = '/', lang: 'en' | 'zh-CN' | null = 'en'): Promise<void> {
    await this.page.goto(path);
    if (lang) await this.language(lang);
  }

  async language(lang: 'en' | 'zh-CN'): Promise<void> {
    await this.page.getByTestId(`lang-${lang}`).click();
  }

  async view(view: View): Promise<void> {
    await this.page.getByTestId(`tab-${view}`).click();
    await expect(this.page.getByTestId(`tab-${view}`)).toHaveAttribute('aria-selected', 'true');
  }

  get runBar(): Locator {
    return this.page.getByTestId('run-bar');
  }

  /** Waits until the run has finished (done, failed or cancelled). */
  async runSettled(timeout = 60_000): Promise<string> {
    await expect(this.runBar).toHaveAttribute('data-status', /^(done|error|cancelled|invalid)$/, { timeout });
    return (await this.runBar.getAttribute('data-status')) ?? '';
  }

  async runDone(timeout = 60_000): Promise<void> {
    await expect(this.runBar).toHaveAttribute('data-status', 'done', { timeout });
  }

  /** The field of the generated editor at a scenario path, e.g. 'contract.quotas.vcpu'. */
  field(path: string): Locator {
    return this.page.getByTestId(`field-${path}`);
  }

  async setField(path: string, value: string): Promise<void> {
    await this.field(path).fill(value);
  }

  /** The quota table's rows as text, to compare numbers between pages. */
  async quotaTableText(): Promise<string> {
    return this.page.getByTestId('quota-table').locator('tbody').innerText();
  }

  async moneyVerdict(): Promise<string> {
    return this.page.getByTestId('money-verdict').innerText();
  }

  /**
   * The address bar's share link once it has settled (it is written a moment after each change):
   * the same address twice, 400 ms apart, holding a format-2 link.
   */
  async currentLink(): Promise<string> {
    let previous = '';
    await expect
      .poll(
        async () => {
          const now = this.page.url();
          const settled = now === previous && /#s=2\.[a-z0-9-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/.test(now);
          previous = now;
          return settled;
        },
        { intervals: [400], timeout: 10_000 },
      )
      .toBe(true);
    return this.page.url();
  }

  /** Opens the share dialog and returns the link it offers. */
  async shareUrl(): Promise<string> {
    await this.page.getByTestId('share').click();
    await expect(this.page.getByTestId('share-qr')).toBeVisible();
    const url = await this.page.getByTestId('share-url').inputValue();
    await this.page.getByTestId('copy-share-url').click();
    return url;
  }

  /** Switches the risk level in the header ('likely' = P50, 'cautious' = P95). */
  async riskLevel(level: 'likely' | 'cautious'): Promise<void> {
    await this.page.getByTestId(`risk-${level}`).click();
    await expect(this.page.getByTestId(`risk-${level}`)).toHaveAttribute('aria-pressed', 'true');
  }

  /** Clicks installment n's amount and returns its explanation panel. */
  async explainInstallment(n: number): Promise<{ amount: string; panel: Locator }> {
    const button = this.page.getByTestId(`installment-amount-${n}`);
    await button.scrollIntoViewIfNeeded();
    const amount = (await button.textContent()) ?? '';
    await button.click();
    const panel = this.page.getByTestId(`installment-explanation-${n}`);
    await expect(panel).toBeVisible();
    return { amount, panel };
  }

  /** Clicks a quota's first-breach month in the quota table and returns its explanation panel. */
  async explainFirstBreach(quota: string): Promise<Locator> {
    await this.page.getByTestId(`first-breach-${quota}`).click();
    const panel = this.page.getByTestId(`breach-explanation-${quota}`);
    await expect(panel).toBeVisible();
    return panel;
  }

  /** Screenshot of one element (a panel), e.g. an explanation. */
  async screenshotOf(locator: Locator, name: string): Promise<void> {
    await locator.scrollIntoViewIfNeeded();
    await locator.screenshot({ path: `test-results/screenshots/${name}.png` });
  }

  async screenshot(name: string, fullPage = false): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage });
  }
}
