import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Modules a file imports at run time (type-only imports left out), resolved relative to it. */
function runtimeImports(file: string): { relativeTo: string[]; packages: string[] } {
  const source = readFileSync(file, 'utf8');
  const relativeTo: string[] = [];
  const packages: string[] = [];
  const statement =
    /^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(statement)) {
    if (m[1]) continue; // import type … / export type …
    const names = m[2]?.trim();
    if (
      names?.startsWith('{') &&
      names
        .slice(1, -1)
        .split(',')
        .every((n) => /^\s*(type\s|$)/.test(n))
    )
      continue;
    const spec = m[3] ?? m[4];
    if (spec.startsWith('.')) relativeTo.push(resolve(dirname(file), spec));
    else packages.push(spec);
  }
  return { relativeTo, packages };
}

/** Every module the entry loads, and through which module each package comes in. */
function graph(entry: string): Map<string, string> {
  const packageVia = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [resolve(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const { relativeTo, packages } = runtimeImports(file);
    for (const p of packages) if (!packageVia.has(p)) packageVia.set(p, relative(ROOT, file));
    queue.push(...relativeTo);
  }
  return packageVia;
}

describe('what the simulation workers load', () => {
  // Their scenarios come validated (simulationApi.ts): a schema module pulled in by a constant would
  // bring zod back — a third of the worker's code and of the time it takes to start.
  it.each(['workers/simulation.worker.ts', 'workers/simulation.node-worker.ts'])(
    '%s loads no zod',
    (entry) => {
      const packages = graph(entry);
      expect(packages.size).toBeGreaterThan(1); // the walk found the worker's imports (comlink, decimal.js)
      expect(packages.get('zod'), `zod comes in through ${packages.get('zod')}`).toBeUndefined();
    },
  );

  it('the walk finds zod where it is (the run worker validates)', () => {
    expect(graph('workers/run.worker.ts').has('zod')).toBe(true);
  });
});
