import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, trackedCount } from './benchProcesses.ts';
import { measureBrowser } from './browser.ts';
import { sectionFiles } from './sections.ts';

/**
 * The benchmark on a fresh or busy machine (issue 20): sections asked for are the only ones
 * imported, a missing or broken Chromium skips the browser section with the reason, a port in use is
 * never reused, and the server it starts is stopped on every path, a signal included.
 */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const dist = mkdtempSync(join(tmpdir(), 'luohe-bench-test-'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>bench test</title>');

describe('the benchmark', () => {
  it('imports only the sections --only names (kernel first, then by name)', () => {
    const files = [
      'run.ts',
      'kernel.ts',
      'browser.ts',
      'monteCarlo.ts',
      'timing.ts',
      'bench.test.ts',
      'compute.ts',
    ];
    expect(sectionFiles(files, new Set(['browser', 'compute']))).toEqual(['browser.ts', 'compute.ts']);
    expect(sectionFiles(files, null)).toEqual([
      'kernel.ts',
      'browser.ts',
      'compute.ts',
      'monteCarlo.ts',
      'timing.ts',
    ]);
  });

  it('without Chromium prints the other sections and says why the browser was skipped', () => {
    const r = spawnSync(
      'node',
      ['--import', 'tsx', 'test/bench/run.ts', '--only', 'browser,nosuch', '--json'],
      {
        encoding: 'utf8',
        env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
        timeout: 120_000,
      },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      browser: {
        skipped:
          "no Chromium at /nonexistent/chromium (install Debian's chromium — apt-get install chromium — or set CHROMIUM_PATH)",
      },
    });
    expect(r.stderr).toContain('bench: no section file nosuch; skipped');
    expect(r.stderr).toContain('browser: skipped — no Chromium at /nonexistent/chromium');
  }, 120_000);

  it('stops the server it started when Chromium fails to launch', async () => {
    const r = await measureBrowser({ outDir: dist, chromiumPath: '/bin/false', timeoutMs: 10_000 });
    expect(r).toEqual({ skipped: expect.stringMatching(/^Chromium at \/bin\/false did not start: /) });
    expect(trackedCount()).toBe(0);
    const left = spawnSync('pgrep', ['-f', dist], { encoding: 'utf8' }).stdout.trim();
    expect(left).toBe('');
  }, 120_000);

  it('never takes a port another program listens on', async () => {
    const holder = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => holder.once('listening', r));
    const taken = (holder.address() as { port: number }).port;
    try {
      const port = await freePort(taken);
      expect(port).not.toBe(taken);
      expect(port).toBeGreaterThan(0);
    } finally {
      holder.close();
    }
  });

  it('stops what it started when it is killed by a signal', async () => {
    const script = `
      import { startTracked } from './test/bench/benchProcesses.ts';
      const { child } = startTracked(process.execPath, ['-e', 'setInterval(() => {}, 1e9)']);
      console.log(child.pid);
      setInterval(() => {}, 1e9);
    `;
    const bench = spawn('node', ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const pid = await new Promise<number>((resolve) =>
      bench.stdout.once('data', (d) => resolve(Number(String(d).trim()))),
    );
    expect(alive(pid)).toBe(true);
    const exited = new Promise((r) => bench.once('exit', r));
    bench.kill('SIGTERM');
    await exited;
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive(pid)).toBe(false);
  }, 60_000);
});
