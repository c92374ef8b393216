import { expect, type Page, test } from '@playwright/test';
import type { Scenario } from '../../src/scenario/schema.ts';
import { rawControls, STACK_TRACE } from '../cli/outputChecks.ts';
import { linkForms } from '../hostile/hostileValues.ts';
import { largestEstateOf } from '../hostile/largestEstate.ts';
import { PlannerPage } from './pages/plannerPage.ts';
import { scenarioFile, shareHash } from './pages/shareLinks.ts';

/**
 * Hostile input in the browser, against the production build served by `vite preview` (issue 20):
 * the CSP is served and obeyed, names that look like HTML or links stay text, a runaway run stops
 * with its message while the page stays responsive, absurd values typed into the editor neither
 * blank nor freeze the page, and a draft that breaks a view is caught and can be discarded.
 */
const baseline = scenarioFile('luohe-2023-baseline');

function linkTo(doc: Scenario, view = 'results'): string {
  return `/?view=${view}${shareHash(doc)}`;
}

/** Records CSP violations and long tasks from the first script on. */
async function watchPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[]; longTasks: number[] };
    w.cspViolations = [];
    w.longTasks = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
const longTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);

/** The autosaved working copy as JSON text (IndexedDB 'luohe-planner-workspace', store 'session'). */
function savedWorkingCopyText(): Promise<string> {
  return new Promise((resolve) => {
    const open = indexedDB.open('luohe-planner-workspace');
    open.onerror = () => resolve('');
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('session')) return resolve('');
      const get = db.transaction('session').objectStore('session').get('working-copy');
      get.onsuccess = () => resolve(JSON.stringify(get.result ?? null));
      get.onerror = () => resolve('');
    };
  });
}

test('the production build serves a strict CSP and the headers, and runs under them without a violation', async ({
  page,
}) => {
  await watchPage(page);
  const planner = await PlannerPage.fresh(page);
  const response = await page.goto('/?view=results');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['content-security-policy']).toContain("base-uri 'none'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
  await planner.runDone();
  // The views, the share dialog's QR code (a data: image) and the workers all live within the policy.
  for (const view of ['library', 'editor', 'compare', 'report', 'results'] as const) await planner.view(view);
  await planner.shareUrl();
  expect(await violations(page)).toEqual([]);
  // What the policy is for: an injected inline script and eval do not run.
  const injected = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedRan = true';
    document.body.append(script);
    // A string timer is eval in disguise (page.evaluate itself runs outside the page's CSP).
    setTimeout('window.stringTimerRan = true', 0);
    return new Promise<{ inline: boolean; stringTimer: boolean }>((resolve) =>
      setTimeout(() => {
        const w = window as unknown as { injectedRan?: boolean; stringTimerRan?: boolean };
        resolve({ inline: w.injectedRan === true, stringTimer: w.stringTimerRan === true });
      }, 100),
    );
  });
  expect(injected).toEqual({ inline: false, stringTimer: false });
  expect((await violations(page)).length).toBeGreaterThanOrEqual(2);
});

test('names that look like HTML or a javascript: link are shown as text, no dialog opens', async ({
  page,
}) => {
  await watchPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const planner = await PlannerPage.fresh(page);
  const hostile: Scenario = {
    ...baseline,
    name: '<img src=x onerror=alert(1)>',
    nameZh: 'javascript:alert(document.domain)',
    description: '<a href="javascript:alert(2)">click</a> <script>alert(3)</script>',
    descriptionZh: '[链接](javascript:alert(4))',
  };
  await page.goto(linkTo(hostile, 'library'));
  await planner.language('en');
  await expect(page.getByTestId('scenario-name')).toContainText('<img src=x onerror=alert(1)>');
  await planner.language('zh-CN');
  await expect(page.getByTestId('scenario-name')).toContainText('javascript:alert(document.domain)');
  for (const view of ['editor', 'report', 'results'] as const) await planner.view(view);
  await planner.runSettled();
  expect(await page.locator('img[src="x"], a[href^="javascript:"], script:not([src])').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('a runaway run stops with its message, the page stays responsive and the input is kept', async ({
  page,
}) => {
  await watchPage(page);
  const planner = await PlannerPage.fresh(page);
  // Valid, but far heavier than its time limit: ten years of 200 bulk copies and a DDoS every day.
  const heavy: Scenario = {
    ...baseline,
    term: { ...baseline.term, months: 120 },
    network: {
      ...baseline.network,
      ddos: { ...baseline.network.ddos, eventsPerYear: 365, meanDurationMinutes: 10_080 },
      events: Array.from({ length: 200 }, (_, i) => ({
        kind: 'bulk-copy' as const,
        date: `2023-${String(1 + (i % 12)).padStart(2, '0')}-10`,
        link: 'egress' as const,
        dataTb: 100_000,
        maxMbps: 1,
      })),
    },
    simulation: { ...baseline.simulation, replicationTimeLimitSeconds: 0.5 },
  };
  await page.goto(linkTo(heavy));
  await planner.language('en');
  await expect(page.getByTestId('run-error')).toContainText('was stopped', { timeout: 60_000 });
  await expect(page.getByTestId('run-error')).toContainText('the bandwidth model');
  await expect(page.getByTestId('run-error')).toContainText('network.events');
  await expect(page.getByTestId('run-error')).not.toContainText('第'); // only the page's language
  await planner.language('zh-CN');
  await expect(page.getByTestId('run-error')).toContainText('带宽模型');
  await page.getByTestId('run-error').scrollIntoViewIfNeeded();
  await planner.screenshot('hardening-runaway-stopped-zh');
  // Responsive: the views switch, and no task held the main thread for 2 s.
  await planner.view('editor');
  await expect(planner.field('simulation.replicationTimeLimitSeconds')).toHaveValue('0.5');
  await expect(planner.field('term.months')).toHaveValue('120');
  expect(Math.max(0, ...(await longTasks(page)))).toBeLessThan(2000);
});

test('the largest estate the schema accepts opens, runs or stops with a message naming the model, and the page stays responsive', async ({
  page,
}) => {
  await watchPage(page);
  const planner = await PlannerPage.fresh(page);
  await planner.open('/?view=library');
  const estate = largestEstateOf(baseline); // 500 hosts, 300 systems, 120 months, a DDoS every day…
  await page.getByTestId('import-file').setInputFiles({
    name: 'largest-estate.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(estate)),
  });
  await expect(page.getByTestId('section-term')).toBeVisible({ timeout: 30_000 });
  await expect(planner.field('term.months')).toHaveValue('120');
  await expect(page.getByTestId('validation-summary')).not.toContainText(/problem/);
  await planner.view('results');
  await expect(planner.runBar).toHaveAttribute('data-status', 'running');
  // From here on the page only waits for the run: whatever it does must not hold the main thread.
  await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
  // Each replication finishes or is stopped by its 20 s budget (a replication of this estate takes
  // about 6 s alone in Node, far longer in a loaded browser): the run reports progress or stops with
  // the budget's message, which names the model and the fields to change.
  await expect
    .poll(
      async () => {
        const status = await planner.runBar.getAttribute('data-status');
        return status === 'running' && Number(await planner.runBar.getAttribute('data-done')) > 0
          ? 'progress'
          : status;
      },
      { timeout: 90_000, intervals: [1000] },
    )
    .toMatch(/^(progress|error|done)$/);
  expect(Math.max(0, ...(await longTasks(page)))).toBeLessThan(2000);
  if ((await planner.runBar.getAttribute('data-status')) === 'error') {
    await expect(page.getByTestId('run-error')).toContainText(/was stopped at .* of simulated time/);
    await expect(page.getByTestId('run-error')).toContainText(
      /the (compute|database|storage|bandwidth|SMS) model/,
    );
    await expect(page.getByTestId('run-error')).toContainText(/Make it lighter by changing \w/);
  }
  await planner.screenshot('hardening-largest-estate-en');
  await planner.language('zh-CN');
  await planner.screenshot('hardening-largest-estate-zh');
  await planner.language('en');
  // The input is kept and the page still answers: the editor opens on what was imported.
  await planner.view('editor');
  await expect(planner.field('term.months')).toHaveValue('120');
  // Every host is in the whole document, under Advanced (the editor opens on the operations).
  await page.getByTestId('editor-mode-advanced').click();
  await expect(page.getByTestId('item-compute.hosts[499]')).toBeVisible();
  await planner.view('results');
  if ((await planner.runBar.getAttribute('data-status')) === 'running') {
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(planner.runBar).toHaveAttribute('data-status', 'cancelled');
  }
  expect(planner.errors).toEqual([]);
});

test('typing 1e12 or 1e7 into the term months neither blanks nor freezes the page, and a reload keeps it', async ({
  page,
}) => {
  await watchPage(page);
  const planner = await PlannerPage.fresh(page);
  await planner.open('/?view=editor');
  for (const typed of ['1e12', '1e7']) {
    await planner.setField('term.months', typed);
    await expect(page.getByTestId('validation-summary')).toContainText(
      /Problems to fix in the scenario: \d+/,
      {
        timeout: 20_000,
      },
    );
    await expect(page.getByText(/must be ≤ 120, got 10+\b/).first()).toBeVisible();
    // The bounds across fields stay quiet about a term that is itself refused.
    await expect(page.getByText(/host failures per replication/)).toHaveCount(0);
    await expect(page.getByTestId('timeline-axis')).toBeVisible();
  }
  expect(Math.max(0, ...(await longTasks(page)))).toBeLessThan(2000);
  // The working copy is autosaved a moment after the last edit: reload once it holds 1e7.
  await expect
    .poll(() => page.evaluate(savedWorkingCopyText), { timeout: 10_000 })
    .toMatch(/"months":10000000(?!\d)/); // not 1e12's 1000000000000, which begins the same
  await page.reload();
  await expect(page.getByTestId('app-title')).toBeVisible();
  await expect(planner.field('term.months')).toHaveValue('10000000');
  await expect(page.getByTestId('view-error')).toHaveCount(0);
  expect(planner.errors).toEqual([]);
});

test('a draft that breaks a view is caught there: the rest works and the draft can be discarded', async ({
  page,
}) => {
  // A corrupted saved draft (a hand edit or an old bug: a timeline date saved as a number).
  const broken = { ...baseline, timeline: [{ kind: 'price-change', date: 5, factor: '1' }] };
  await page.addInitScript((draft) => {
    if (sessionStorage.getItem('draft-set')) return;
    sessionStorage.setItem('draft-set', '1');
    localStorage.clear();
    localStorage.setItem('luohe-planner:language', 'en');
    localStorage.setItem(
      'luohe-planner:scenario-draft',
      JSON.stringify({ baseScenarioId: 'luohe-2023-baseline', scenario: draft }),
    );
  }, broken);
  const planner = new PlannerPage(page);
  await page.goto('/?view=editor');
  await expect(page.getByTestId('view-error')).toBeVisible();
  await expect(page.getByTestId('view-error-detail')).not.toContainText(/\bat \S+ \(|\.js:\d+/);
  await planner.screenshot('hardening-view-error-en');
  // The header, the tabs and the other views still work.
  await planner.view('library');
  await expect(page.getByTestId('view-error')).toHaveCount(0);
  await planner.view('editor');
  await expect(page.getByTestId('view-error')).toBeVisible();
  await planner.language('zh-CN');
  await expect(page.getByTestId('discard-draft')).toContainText('放弃修改');
  await planner.screenshot('hardening-view-error-zh');
  await page.getByTestId('discard-draft').click();
  await expect(page.getByTestId('view-error')).toHaveCount(0);
  await expect(page.getByTestId('section-term')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('section-term')).toBeVisible();
  await expect(page.getByTestId('view-error')).toHaveCount(0);
});

test('mangled and hostile links: the page opens or says what is wrong, never a stack or a raw control character', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const planner = await PlannerPage.fresh(page);
  const hash = shareHash(baseline);
  const wanted = new Set([
    'escape in patch key',
    'prototype patch',
    'zip bomb',
    'deep JSON inside',
    'invalid UTF-8 inside',
    'trailing bytes',
    'too long',
    'cut 3 short',
    'char 24 changed',
    'unknown base',
  ]);
  const forms = linkForms(hash).filter((f) => wanted.has(f.label));
  expect(forms.length).toBe(wanted.size);
  for (const { label, link } of forms) {
    await page.goto(`/?view=results${link}`);
    await expect(page.getByTestId('app-title'), label).toBeVisible();
    await expect(page.getByTestId('run-bar'), label).toBeVisible();
    const text = await page.locator('body').innerText();
    expect(rawControls(text), label).toEqual([]);
    expect(text, label).not.toMatch(STACK_TRACE);
  }
  expect(dialogs).toEqual([]);
  expect(planner.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
});
