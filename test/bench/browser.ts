/**
 * Browser bench: opens a share URL of the baseline (1,000 replications) in headless system Chromium
 * against the production build served by `vite preview`, and measures, from navigation start:
 *   browser.firstBandsMs      — the first band charts on screen (performance mark 'luohe:first-bands');
 *   browser.allReplicationsMs — the run bar reporting all 1,000 replications done.
 * Builds first unless `skipBuild`. Targets: 1,500 ms and 6,000 ms on this machine.
 *
 *   import { measureBrowser } from './browser.ts';
 *   const { firstBandsMs, allReplicationsMs } = await measureBrowser();
 */
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import { encodeShareHash } from '../../src/scenario/shareUrl.ts';
import type { BenchSection } from './timing.ts';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface BrowserBenchResult {
  firstBandsMs: number;
  allReplicationsMs: number;
  replications: number;
  status: string;
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

export async function measureBrowser(
  options: { skipBuild?: boolean; port?: number; replications?: number; timeoutMs?: number } = {},
): Promise<BrowserBenchResult> {
  const port = options.port ?? 4174;
  const replications = options.replications ?? 1000;
  const timeoutMs = options.timeoutMs ?? 60_000;
  if (!options.skipBuild) execSync('npx vite build', { stdio: 'ignore' });
  const base = builtInScenario(BASELINE_ID);
  if (!base) throw new Error('no baseline scenario');
  const scenario = { ...base, simulation: { ...base.simulation, replications } };
  const hash = encodeShareHash(scenario, BASELINE_ID);
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    await waitForServer(origin, 30_000);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${origin}/?view=results${hash}`);
    await page.waitForFunction(() => performance.getEntriesByName('luohe:first-bands').length > 0, null, {
      timeout: timeoutMs,
    });
    const firstBandsMs = await page.evaluate(
      () => performance.getEntriesByName('luohe:first-bands')[0].startTime,
    );
    await page.waitForSelector(
      '[data-testid="run-bar"][data-status="done"], [data-testid="run-bar"][data-status="error"]',
      {
        timeout: timeoutMs,
      },
    );
    const allReplicationsMs = await page.evaluate(() => performance.now());
    const status = (await page.getAttribute('[data-testid="run-bar"]', 'data-status')) ?? '';
    const done = Number(await page.getAttribute('[data-testid="run-bar"]', 'data-done'));
    return {
      firstBandsMs: Math.round(firstBandsMs),
      allReplicationsMs: Math.round(allReplicationsMs),
      replications: done,
      status,
    };
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

/** `browser.*` of `npm run bench`: times from navigation start, in headless Chromium. */
export async function benchSection(): Promise<BenchSection> {
  process.stderr.write('browser: build, preview and 1,000 replications in Chromium…\n');
  const r = await measureBrowser();
  return {
    browser: {
      firstBandsMs: r.firstBandsMs,
      allReplicationsMs: r.allReplicationsMs,
      replications: r.replications,
      status: r.status,
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  measureBrowser().then(
    (r) =>
      console.log(
        JSON.stringify({
          'browser.firstBandsMs': r.firstBandsMs,
          'browser.allReplicationsMs': r.allReplicationsMs,
          ...r,
        }),
      ),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
