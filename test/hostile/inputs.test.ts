import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';
import { BASELINE_ID, BUILT_IN_SCENARIOS, builtInScenario } from '../../src/scenario/library.ts';
import { encodeAgainst, encodeShareHash } from '../../src/scenario/shareUrl.ts';
import { rawControls, STACK_TRACE } from '../cli/outputChecks.ts';
import { type Path, pathText, walk } from './extremeScenarios.ts';
import { FAKE_VALID, HOSTILE_TEXTS, HOSTILE_VALUES, linkForms } from './hostileValues.ts';

/**
 * The command line against generated hostile input: every field of the baseline (and every object
 * given an unknown key) set to every hostile value, a few JSON texts no serializer writes, and every
 * mangled form of share links of those documents. For each: an exit code of 0 or 1, never a stack
 * trace, never a raw control character, and a refusal that names a field. In-process (runCli with
 * an in-memory io), so thousands of inputs take seconds.
 */
const baseline = builtInScenario(BASELINE_ID)!;

async function validate(input: string, source = '-') {
  const io = memoryIo(input);
  const code = await runCli(['validate', source], io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

function expectClean(r: { code: number; out: string; err: string }, label: string): void {
  expect([0, 1], label).toContain(r.code);
  const all = `${r.out}\n${r.err}`;
  expect(rawControls(all), label).toEqual([]);
  expect(all, label).not.toMatch(STACK_TRACE);
  expect(all, label).not.toMatch(/^\s*valid scenario/m); // no forged "valid" line of its own
  if (r.code === 0) expect(r.out, label).toMatch(/: valid scenario "[a-z0-9-]+" \(version \d+\)$/);
  else expect(r.err.length, label).toBeGreaterThan(0);
}

function setAt(doc: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

/** Every leaf path of the baseline (first array elements) and every object path (for unknown keys). */
const leaves: Path[] = [];
const objects: Path[] = [];
walk(baseline as never, (path, value) => {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) objects.push(path);
  else if (!Array.isArray(value)) leaves.push(path);
});

describe('hostile input for every field, through the CLI', () => {
  it(`every field (${leaves.length}) set to every hostile value (${HOSTILE_VALUES.length}) is refused by name`, async () => {
    let refused = 0;
    for (const path of leaves) {
      for (const { label, value } of HOSTILE_VALUES) {
        const doc = setAt(baseline, path, value);
        const r = await validate(JSON.stringify(doc));
        expectClean(r, `${pathText(path)} = ${label}`);
        if (r.code === 1) {
          refused++;
          expect(r.err, `${pathText(path)} = ${label}`).toMatch(/^standard input:\n {2}[A-Za-z$[]/);
        }
      }
    }
    expect(refused).toBeGreaterThan(leaves.length * 10);
  }, 120_000);

  it(`every object (${objects.length}) given an unknown key full of escapes is refused, the key shown escaped`, async () => {
    for (const path of objects) {
      const target = path.length === 0 ? baseline : structuredClone(baseline);
      const doc =
        path.length === 0
          ? { ...target, [FAKE_VALID]: 1 }
          : setAt(baseline, path, { ...(walkGet(baseline, path) as object), [FAKE_VALID]: 1 });
      const r = await validate(JSON.stringify(doc));
      expectClean(r, pathText(path));
      expect(r.code).toBe(1);
      expect(r.err).toContain('unknown field "\\u001b[2K\\r\\u001b[32mvalid scenario');
    }
  }, 60_000);

  it('JSON texts no serializer writes are refused with a place, never a crash', async () => {
    const text = JSON.stringify(baseline);
    for (const { label, text: make } of HOSTILE_TEXTS) {
      const r = await validate(make(text));
      expectClean(r, label);
      if (label !== 'BOM and CRLF' && label !== 'duplicate keys') expect(r.code, label).toBe(1);
    }
  });
});

describe('hostile share links, through the CLI', () => {
  it('every mangled form of every built-in scenario’s link is opened or refused with a message', async () => {
    let forms = 0;
    for (const [id, scenario] of BUILT_IN_SCENARIOS) {
      for (const { label, link } of linkForms(encodeShareHash(scenario, id))) {
        forms++;
        const viaArg = await validate('', link);
        expectClean(viaArg, `${id}: ${label}`);
        const viaStdin = await validate(link);
        expectClean(viaStdin, `${id}: ${label} (stdin)`);
      }
    }
    expect(forms).toBeGreaterThan(8 * 40);
  }, 120_000);

  it('links of hostile documents are refused with the field, the value escaped', async () => {
    for (const path of leaves.filter((_, i) => i % 4 === 0)) {
      for (const { label, value } of HOSTILE_VALUES.filter((v) => v.label !== 'deep nesting')) {
        const doc = setAt(baseline, path, value);
        const link = encodeAgainst(doc, BASELINE_ID, baseline, 1);
        const r = await validate('', link);
        expectClean(r, `${pathText(path)} = ${label} (link)`);
      }
    }
  }, 120_000);
});

function walkGet(doc: unknown, path: Path): unknown {
  let node = doc as Record<string | number, unknown>;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  return node;
}
