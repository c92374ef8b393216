import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import { type CalibrateCommand, runCalibrate } from '../../src/cli/calibrate.ts';
import { loadScenario } from '../../src/scenario/validate.ts';

const BASELINE = 'scenarios/luohe-2023-baseline.json';
const SAMPLE = 'scenarios/luohe-2023-actuals.csv';

async function calibrate(command: Omit<CalibrateCommand, 'command'>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCalibrate(
    { command: 'calibrate', ...command },
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run sim -- calibrate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'calibrate-'));

  it('parses its options and refuses wrong ones', () => {
    expect(
      parseArgs(['calibrate', 'a.json', 'b.csv', '--out', 'c.json', '--as-of', '2024-06', '--holdout', '3']),
    ).toEqual({
      ok: true,
      command: {
        command: 'calibrate',
        source: 'a.json',
        actuals: 'b.csv',
        out: 'c.json',
        asOf: '2024-06',
        holdout: 3,
      },
    });
    expect(parseArgs(['calibrate', 'a.json', 'b.csv'])).toEqual({
      ok: false,
      message: 'calibrate needs --out <calibrated.json>',
    });
    expect(parseArgs(['calibrate', 'a.json', 'b.csv', '--out', 'c', '--as-of', '2024-6'])).toMatchObject({
      ok: false,
    });
    expect(parseArgs(['calibrate', 'a.json', 'b.csv', '--out', 'c', '--holdout', '0'])).toMatchObject({
      ok: false,
    });
    expect(parseArgs(['calibrate', 'a.json', '--out', 'c'])).toMatchObject({ ok: false });
  });

  it('writes the calibrated scenario and prints the fit beside the backtest', async () => {
    const target = join(dir, 'calibrated.json');
    const { code, out } = await calibrate({ source: BASELINE, actuals: SAMPLE, holdout: 6, out: target });
    expect(code).toBe(0);
    expect(out).toMatch(/vcpu_allocated\s+vCPU\s+linear \(\d+%\)/);
    expect(out).toMatch(/backtest: \d+ of 72 held-out months inside their P5–P95 band/);
    expect(out).toContain('paid up to 2024-12: ¥3,825,576.00');
    const written = loadScenario(JSON.parse(readFileSync(target, 'utf8')));
    expect(written.ok).toBe(true);
    if (written.ok) expect(written.scenario.actuals?.asOf).toBe('2024-12');
  });

  it('a table with a bad cell is refused naming row and column, and nothing is written', async () => {
    const bad = join(dir, 'bad.csv');
    const lines = readFileSync(SAMPLE, 'utf8').split('\n');
    // Line 10 of the file is 2023-06; its vm_count (column E) becomes "15O".
    lines[9] = lines[9].replace(/^(2023-06,\d+,\d+,[\d.]+,)\d+/, '$115O');
    writeFileSync(bad, lines.join('\n'));
    const target = join(dir, 'never.json');
    const { code, err } = await calibrate({ source: BASELINE, actuals: bad, holdout: 6, out: target });
    expect(code).toBe(1);
    expect(err).toContain('not imported (1 problem; nothing was written)');
    expect(err).toContain('row 10, column E (vm_count): expected a number, got "15O"');
    expect(existsSync(target)).toBe(false);
  });

  it('refuses to overwrite its inputs and says why an as-of month cannot be used', async () => {
    const overwrite = await calibrate({ source: BASELINE, actuals: SAMPLE, holdout: 6, out: BASELINE });
    expect(overwrite.code).toBe(1);
    expect(overwrite.err).toMatch(/would overwrite an input/);
    const late = await calibrate({
      source: BASELINE,
      actuals: SAMPLE,
      holdout: 6,
      out: join(dir, 'x.json'),
      asOf: '2025-06',
    });
    expect(late.code).toBe(1);
    expect(late.err).toContain('--as-of 2025-06 is outside the actuals (2023-01 … 2024-12)');
  });

  it('is dispatched by the command line', () => {
    const target = join(dir, 'via-cli.json');
    const stdout = execFileSync(
      'node_modules/.bin/tsx',
      ['src/cli/main.ts', 'calibrate', BASELINE, SAMPLE, '--as-of', '2024-06', '--out', target],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(stdout).toContain('as of 2024-06');
    expect(JSON.parse(readFileSync(target, 'utf8')).actuals.asOf).toBe('2024-06');
  }, 120_000);
});
