import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * The command line as a process, through a shell pipe: what a planner's terminal sees. Slow (it
 * starts Node, tsx and worker threads), so only what in-process tests cannot show is here.
 */
const CLI = 'node --import tsx src/cli/main.ts';

function sh(command: string) {
  return spawnSync('bash', ['-o', 'pipefail', '-c', command], { encoding: 'utf8', timeout: 120_000 });
}

describe('the CLI as a process', () => {
  it('ends quietly when the reader of its JSON goes away (run --json | head)', () => {
    const r = sh(
      `${CLI} run scenarios/luohe-2023-baseline.json --replications 4 --workers 1 --json | head -c 200`,
    );
    expect(r.stdout).toMatch(/^\{\n {2}"format": "luohe-planner-run\/1"/);
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(r.status).toBe(0);
  }, 120_000);

  it('refuses a FIFO and /dev/zero by type, without blocking or reading', () => {
    const r = sh(
      `d=$(mktemp -d) && mkfifo "$d/p" && ${CLI} validate "$d/p"; echo "rc=$?"; ${CLI} validate /dev/zero; echo "rc=$?"`,
    );
    expect(r.stderr).toContain('a named pipe (FIFO), not a scenario file');
    expect(r.stderr).toContain('/dev/zero: a device, not a scenario file');
    expect(r.stdout).toBe('rc=1\nrc=1\n');
  }, 60_000);
});
