import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import { encodeAgainst, encodeShareHash, MAX_HASH_CHARS } from '../../src/scenario/shareUrl.ts';
import { rawControls, STACK_TRACE } from './outputChecks.ts';

const baseline = builtInScenario(BASELINE_ID)!;
const dir = mkdtempSync(join(tmpdir(), 'luohe-cli-'));
const ESC = '\x1b';
/** What a terminal would show if printed raw: erase the line, go to its start, print green text. */
const FAKE_OK = `${ESC}[2K\r${ESC}[32mvalid scenario "luohe-2023-baseline"${ESC}[0m`;
const OSC52 = `${ESC}]52;c;cm0gLXJmIH4=\x07`;

async function cli(...argv: string[]) {
  const io = memoryIo();
  const code = await runCli(argv, io);
  const all = [...io.stdout, ...io.stderr].join('\n');
  expect(rawControls(all)).toEqual([]);
  expect(all).not.toMatch(STACK_TRACE);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('terminal escape injection (issue 20)', () => {
  it('a link with a crafted unknown field cannot erase the line and print a fake "valid scenario"', async () => {
    const link = encodeAgainst({ ...baseline, [FAKE_OK]: 1 }, BASELINE_ID, baseline, 1);
    const r = await cli('validate', link);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('unknown field');
    expect(r.err).toContain('\\u001b[2K\\r\\u001b[32mvalid scenario');
  });

  it('an OSC 52 clipboard write in a patch key and in a file name is shown, never sent', async () => {
    const link = encodeAgainst(
      { ...baseline, term: { ...baseline.term, [OSC52]: 1 } },
      BASELINE_ID,
      baseline,
      1,
    );
    const viaLink = await cli('validate', link);
    expect(viaLink.code).toBe(1);
    expect(viaLink.err).toContain(']52;c;');
    const viaName = await cli('validate', `${dir}/${OSC52}.json`);
    expect(viaName.code).toBe(1);
    expect(viaName.err).toContain('\\x1B]52;c;cm0gLXJmIH4=\\x07');
  });

  it('a JSON error snippet holding escape sequences is escaped', async () => {
    const file = write('bad.json', `{"name": ${FAKE_OK}}`);
    const r = await cli('validate', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('not valid JSON (Unexpected token');
    expect(r.err).toContain('\\x1B[2K');
    const placed = await cli('validate', write('cut.json', '{"name":\n  "x",,'));
    expect(placed.err).toMatch(/not valid JSON at line 2, column 7/);
  });

  it('an unknown option or command full of control characters is escaped', async () => {
    expect((await cli('run', `--${FAKE_OK}`)).code).toBe(2);
    expect((await cli(FAKE_OK)).code).toBe(2);
    expect((await cli('run', 'x', '--seed', OSC52.repeat(2))).code).toBe(1);
  });
});

describe('which argument is a file and which a link', () => {
  it('reads an existing file whose name holds # or starts with s= as the file it is', async () => {
    const json = JSON.stringify(baseline);
    for (const name of ['plan#3.json', 's=2024.json', '#s=1.luohe-2023-baseline.x']) {
      const r = await cli('validate', write(name, json));
      expect(r.code, name).toBe(0);
      expect(r.out).toContain('valid scenario "luohe-2023-baseline"');
    }
  });

  it('takes a missing path with # or s= for a link and says what is wrong with it', async () => {
    const r = await cli('validate', `${dir}/nothing#here`);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^share link: /);
  });

  it('reads a link from a file and from standard input', async () => {
    const hash = encodeShareHash(baseline, BASELINE_ID);
    expect(
      (await cli('validate', write('link.txt', `https://planner.example/?view=results${hash}\n`))).code,
    ).toBe(0);
    const io = memoryIo(`${hash}\n`);
    expect(await runCli(['validate', '-'], io)).toBe(0);
    expect(io.stdout[0]).toContain('valid scenario');
  });

  it('refuses a 131,071-character link from standard input with the decoder’s limit', async () => {
    const link = `#s=1.${BASELINE_ID}.${'A'.repeat(131_071 - 5 - BASELINE_ID.length - 1)}`;
    expect(link.length).toBe(131_071);
    const io = memoryIo(link);
    expect(await runCli(['validate', '-'], io)).toBe(1);
    expect(io.stderr.join('\n')).toBe(
      `standard input: the link is 131071 characters; at most ${MAX_HASH_CHARS} are accepted`,
    );
  });
});

describe('file contents', () => {
  it('accepts a UTF-8 BOM', async () => {
    const r = await cli('validate', write('bom.json', `\ufeff${JSON.stringify(baseline)}`));
    expect(r.code).toBe(0);
  });

  it('refuses invalid UTF-8 by offset instead of replacing it', async () => {
    const text = JSON.stringify({ ...baseline, name: 'Luohe X' });
    const bytes = new TextEncoder().encode(text);
    const at = text.indexOf('Luohe X') + 6;
    bytes[at] = 0xc0;
    const r = await cli('validate', write('latin1.json', bytes));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`not valid UTF-8 (byte 0xC0 at offset ${at}, line 1)`);
  });

  it('names the field and the bound of a value out of range', async () => {
    const doc = { ...baseline, term: { ...baseline.term, months: 1e12 } };
    const r = await cli('validate', write('months.json', JSON.stringify(doc)));
    expect(r.code).toBe(1);
    expect(r.err).toContain('term.months: expected a number ≤ 120, got 1000000000000');
  });

  it('prints usage for no command and exits 2 for a wrong one', async () => {
    expect((await cli()).out).toContain('Usage: npm run sim');
    expect((await cli('validate')).code).toBe(2);
    expect((await cli('run', 'a', '--json', '--csv', 'd')).code).toBe(2);
  });
});
