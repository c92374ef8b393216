import { expect, test } from '@playwright/test';
import { type CliFigures, cliRun } from './pages/cli.ts';
import { ComparePage } from './pages/comparePage.ts';
import { PlannerPage } from './pages/plannerPage.ts';
import { ResultsPanel } from './pages/resultsPanel.ts';
import { WorkspacePanel } from './pages/workspacePanel.ts';

/**
 * Issue 13's journeys: a finished run is whole and equals the command line's; a share link
 * reproduces the view (reading, comparison, figures) in another browser; reloads and opens lose
 * nothing; typed text survives; storage that fails leaves the app running.
 */

const RIGHT_SIZE = 'renewal-2026-right-size';
/** The total cost at the reading, as the money verdict shows it: 'Spend over the term, …: ¥x (P5–P95 …'. */
const verdictAmount = (verdict: string) => /: (¥[\d,]+\.\d{2}) \(P5/.exec(verdict)?.[1] ?? verdict;

test('journey 1: 20 edit → done cycles on right-size show whole runs equal to the CLI, character for character', async ({
  page,
}) => {
  test.setTimeout(20 * 60_000);
  const p = await PlannerPage.fresh(page);
  const results = new ResultsPanel(page);
  await p.open('/?view=library');
  await new WorkspacePanel(page).openBuiltIn(RIGHT_SIZE);
  await p.view('editor');
  await p.setField('simulation.replications', '40');
  const seen: { link: string; shown: Awaited<ReturnType<ResultsPanel['figures']>> }[] = [];
  // The CLI runs one link at a time in the background while the page goes on with the next cycle.
  const cli: CliFigures[] = [];
  let cliQueue: Promise<unknown> = Promise.resolve();
  let lastRun = 0;
  for (let i = 0; i < 20; i++) {
    await p.view('editor');
    if (i % 2 === 0) await p.setField('contract.quotas.vcpu', String(470 + i * 3));
    else await p.setField('simulation.seed', String(20260101 + i));
    await p.view('results');
    await results.waitFinal(lastRun);
    const shown = await results.figures();
    lastRun = shown.runId;
    expect(shown.replications, `cycle ${i + 1}`).toBe(40);
    expect(shown.total, `cycle ${i + 1}`).toBe(40);
    await expect(page.getByTestId('run-bar')).toHaveAttribute('data-status', 'done');
    const link = await p.currentLink();
    seen.push({ link, shown });
    cliQueue = cliQueue.then(async () => {
      cli[i] = await cliRun(link, 1);
    });
  }
  await cliQueue;
  expect(new Set(seen.map((s) => s.shown.runId)).size).toBe(20);
  for (const [i, { shown }] of seen.entries()) {
    expect(cli[i].replications, `cycle ${i + 1}`).toBe(40);
    expect(shown.breach, `cycle ${i + 1}: breach probabilities`).toEqual(cli[i].breach);
    expect(verdictAmount(shown.moneyVerdict), `cycle ${i + 1}: total cost P50`).toBe(cli[i].totalP50);
  }
  expect(p.errors).toEqual([]);
});

test('journey 2: a presenter on Cautious shares Compare of the three renewal options; a colleague sees the same', async ({
  page,
  browser,
}) => {
  test.setTimeout(10 * 60_000);
  const p = await PlannerPage.fresh(page);
  await p.open('/?view=compare');
  await p.riskLevel('cautious');
  const compare = new ComparePage(page);
  for (const id of ['renewal-2026-as-is', RIGHT_SIZE, 'renewal-2026-expand'])
    await expect(page.getByTestId(`compare-pick-${id}`)).toBeChecked();
  await compare.setReplications(60);
  await compare.run();
  await compare.sheetShown();
  const table = (await compare.table.textContent()) ?? '';
  const verdict = (await compare.verdict.textContent()) ?? '';
  const link = await p.shareUrl();
  await page.keyboard.press('Escape');
  expect(await p.currentLink()).toBe(link);

  const colleagueContext = await browser.newContext();
  const colleague = new PlannerPage(await colleagueContext.newPage());
  await colleague.page.goto(link);
  await colleague.language('en');
  await expect(colleague.page.getByTestId('tab-compare')).toHaveAttribute('aria-selected', 'true');
  await expect(colleague.page.getByTestId('risk-cautious')).toHaveAttribute('aria-pressed', 'true');
  await expect(colleague.page.getByTestId('link-problem')).toHaveCount(0);
  const theirs = new ComparePage(colleague.page);
  await expect(colleague.page.getByTestId('compare-replications')).toHaveValue('60');
  await theirs.sheetShown();
  expect(await theirs.table.textContent()).toBe(table);
  expect(await theirs.verdict.textContent()).toBe(verdict);
  await colleague.view('results');
  await new ResultsPanel(colleague.page).waitFinal();
  await expect(colleague.page.getByTestId('reading-shown')).toHaveAttribute('data-reading', 'cautious');
  expect(colleague.errors).toEqual([]);
  await colleagueContext.close();
});

test('journey 3: reloads keep the edit and the numbers; a pasted link and an open ask before replacing work', async ({
  page,
  browser,
}) => {
  test.setTimeout(10 * 60_000);
  const p = await PlannerPage.fresh(page);
  const results = new ResultsPanel(page);
  const ws = new WorkspacePanel(page);
  await p.open('/?view=library');
  await ws.openBuiltIn(RIGHT_SIZE);
  await p.view('editor');
  await p.setField('simulation.replications', '60');
  await p.setField('contract.quotas.vcpu', '530');
  await p.view('results');
  await results.waitFinal();
  const before = await results.quotaTableText();
  const address = await p.currentLink();

  await page.reload();
  await expect(page.getByTestId('scenario-name')).toContainText('right-size');
  await results.waitFinal();
  expect(await results.quotaTableText()).toBe(before);
  expect(await p.currentLink()).toBe(address);
  await p.view('editor');
  await expect(p.field('contract.quotas.vcpu')).toHaveValue('530');

  // A colleague's link, opened over the unsaved edit: it opens, and the edit is kept, not lost.
  const colleagueContext = await browser.newContext();
  const colleague = new PlannerPage(await colleagueContext.newPage());
  await colleague.open('/?view=editor');
  await colleague.setField('simulation.replications', '40');
  await colleague.setField('contract.quotas.ramGb', '900');
  const shared = await colleague.shareUrl(); // the link of the state now (the address follows a moment later)
  await colleagueContext.close();

  // Pasted into this tab's address bar: only the hash changes; the page asks before replacing work.
  await page.goto(shared);
  await new WorkspacePanel(page).answerUnsaved('keep');
  await expect(page.getByTestId('scenario-name')).toContainText('signed contract');
  await p.view('results');
  await results.waitFinal();
  const sharedFigures = await results.quotaTableText();
  await page.reload();
  await results.waitFinal();
  expect(await results.quotaTableText()).toBe(sharedFigures);
  await p.view('editor');
  await expect(p.field('contract.quotas.ramGb')).toHaveValue('900');
  await p.view('library');
  const kept = (await ws.names()).find((n) => n.includes('right-size'));
  expect(kept).toBeDefined();

  // Another open over unsaved work asks; keeping it lists it; it opens with the edit.
  await p.view('editor');
  await p.setField('contract.quotas.vcpu', '480');
  await p.view('library');
  await ws.openBuiltIn('renewal-2026-as-is');
  await ws.answerUnsaved('keep');
  await expect(page.getByTestId('scenario-name')).toContainText('renew as is');
  await p.view('library');
  const names = await ws.names();
  const keptNow = names.find((n) => n.includes('signed contract'));
  expect(keptNow, names.join(' | ')).toBeDefined();
  await ws.open(keptNow as string);
  await expect(p.field('contract.quotas.vcpu')).toHaveValue('480');
  await expect(p.field('contract.quotas.ramGb')).toHaveValue('900');

  // Discarding is not losing: Undo brings it back.
  await p.setField('contract.quotas.vcpu', '470');
  await p.view('library');
  await ws.openBuiltIn('renewal-2026-expand');
  // The working copy is an entry (autosaved): nothing to ask, it opens at once.
  await expect(page.getByTestId('scenario-name')).toContainText('expand');
  await expect(ws.unsavedDialog).toBeHidden();
  await p.view('editor');
  await p.setField('contract.quotas.vcpu', '455');
  await p.view('library');
  await ws.openBuiltIn(RIGHT_SIZE);
  await ws.answerUnsaved('discard');
  await p.view('editor');
  await page.getByTestId('undo').click();
  await expect(p.field('contract.quotas.vcpu')).toHaveValue('455');
  expect(p.errors).toEqual([]);
});

test('journey 4: text typed into a field stays as typed, with its error, across views and a reload', async ({
  page,
}) => {
  const p = await PlannerPage.fresh(page);
  const results = new ResultsPanel(page);
  await p.open('/?view=editor');
  await p.setField('contract.quotas.vcpu', '5OO');
  // The message is the field's own description (aria-describedby), wherever the editor shows it.
  const vcpu = p.field('contract.quotas.vcpu');
  await expect(vcpu).toHaveAccessibleDescription(/needs a number/);
  await p.view('results');
  await expect(page.getByTestId('result-invalid-inputs')).toContainText('5OO');
  await results.waitFinal();
  await p.view('editor');
  await expect(vcpu).toHaveValue('5OO');
  await expect(vcpu).toHaveAccessibleDescription(/needs a number/);
  await page.reload();
  await expect(vcpu).toHaveValue('5OO');
  await expect(vcpu).toHaveAccessibleDescription(/needs a number/);
  await expect(page.getByRole('alert').filter({ hasText: 'needs a number' })).toBeVisible();
  await expect(page.getByTestId('validation-summary')).toContainText('1');
  await p.view('results');
  await expect(page.getByTestId('result-invalid-inputs')).toContainText('5OO');
  expect(p.errors).toEqual([]);
});

test('journey 5a: with storage disabled the app says so and runs, keeping work in memory', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(window, 'indexedDB', { get: denied, configurable: true });
    Object.defineProperty(window, 'localStorage', { get: denied, configurable: true });
  });
  const p = new PlannerPage(page);
  await p.open('/?view=library');
  await expect(page.getByTestId('storage-notice')).toHaveAttribute('data-kind', 'unavailable');
  await expect(page.getByTestId('storage-notice')).toContainText('kept in this tab only');
  await p.view('editor');
  await p.setField('simulation.replications', '40');
  await p.view('library');
  await new WorkspacePanel(page).saveCurrent();
  expect(await new WorkspacePanel(page).names()).toHaveLength(1);
  await p.view('results');
  await new ResultsPanel(page).waitFinal();
  expect(p.errors.filter((e) => !/SecurityError|insecure/.test(e))).toEqual([]);
});

test('journey 5b: with storage full the app says so and goes on running', async ({ page, baseURL }) => {
  const p = await PlannerPage.fresh(page);
  // Shrink this origin's quota (before it first opens storage), then fill it, as a full disk would.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(baseURL ?? '').origin,
    quotaSize: 2 * 1024 * 1024,
  });
  await p.open('/?view=editor');
  await p.setField('simulation.replications', '40');
  const filled = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('filler', 1);
      r.onupgradeneeded = () => r.result.createObjectStore('blobs');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    // Random bytes (the browser compresses what it stores, so only noise fills a disk), as blobs
    // (stored as files, counted against the quota), in smaller and smaller pieces until not even
    // 256 bytes fit.
    const noise = (size: number) => {
      const bytes = new Uint8Array(size);
      for (let o = 0; o < size; o += 65_536)
        crypto.getRandomValues(bytes.subarray(o, Math.min(size, o + 65_536)));
      return new Blob([bytes]);
    };
    const put = (key: number, size: number) =>
      new Promise<boolean>((resolve) => {
        const tx = db.transaction('blobs', 'readwrite');
        tx.objectStore('blobs').put(noise(size), key);
        tx.oncomplete = () => resolve(true);
        tx.onabort = () => resolve(false);
        tx.onerror = () => resolve(false);
      });
    let key = 0;
    let refused = 0;
    for (const size of [256 * 1024, 64 * 1024, 16 * 1024, 4096, 1024, 256]) {
      for (let n = 0; n < 64; n++) {
        if (await put(key++, size)) continue;
        refused++;
        break;
      }
    }
    return refused;
  });
  expect(filled).toBe(6); // every size was refused at last: the origin's storage is full
  await p.setField('contract.quotas.vcpu', '510');
  await expect(page.getByTestId('storage-notice')).toHaveAttribute('data-kind', 'full', { timeout: 15_000 });
  await expect(page.getByTestId('storage-notice')).toContainText('storage is full');
  await p.view('results');
  await new ResultsPanel(page).waitFinal();
  await expect(page.getByTestId('quota-table').locator('tr', { hasText: 'vCPU' }).first()).toContainText(
    '510',
  );
  expect(p.errors.filter((e) => !/Quota/i.test(e))).toEqual([]);
});
