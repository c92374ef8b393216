/**
 * "My scenarios" as a JSON file, out and in. Export writes every entry (or one) as
 *   { format: 'luohe-planner-workspace/1', scenarios: [{ name, baseScenarioId, scenario, drafts }] }
 * Import reads that, or a single scenario file (what `npm run sim -- run` reads). Every scenario
 * is validated (and migrated) like any other input; a file with one bad scenario is refused whole,
 * naming the scenario and the field, so nothing is half-imported.
 */
import type { Scenario } from '../../scenario/schema.ts';
import { loadScenario, type ValidationIssue } from '../../scenario/validate.ts';
import type { WorkspaceEntry } from '../store/workspaceSlice.ts';

export const WORKSPACE_FILE_FORMAT = 'luohe-planner-workspace/1';
/** Largest file accepted, bytes (a scenario is tens of kB; a workspace of a hundred fits). */
export const MAX_WORKSPACE_FILE_BYTES = 8_000_000;
const MAX_SCENARIOS = 500;

export type NewEntry = Omit<WorkspaceEntry, 'id' | 'createdAt' | 'updatedAt'>;

export function workspaceFileText(entries: readonly WorkspaceEntry[]): string {
  const file = {
    format: WORKSPACE_FILE_FORMAT,
    scenarios: entries.map((e) => ({
      name: e.name,
      baseScenarioId: e.baseScenarioId,
      scenario: e.scenario,
      drafts: e.drafts,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; entries: NewEntry[] } | { ok: false; issues: ValidationIssue[] };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringRecord(v: unknown): Record<string, string> {
  if (!isRecord(v)) return {};
  return Object.fromEntries(
    Object.entries(v).filter((kv): kv is [string, string] => typeof kv[1] === 'string'),
  );
}

function entryOf(
  doc: unknown,
  name: unknown,
  baseId: unknown,
  drafts: unknown,
  builtIns: ReadonlyMap<string, Scenario>,
  where: string,
): { ok: true; entry: NewEntry } | { ok: false; issues: ValidationIssue[] } {
  const loaded = loadScenario(doc);
  if (!loaded.ok)
    return { ok: false, issues: loaded.issues.map((i) => ({ ...i, message: `${where}${i.message}` })) };
  const scenario = loaded.scenario;
  const firstId = builtIns.keys().next().value ?? scenario.id;
  const base =
    typeof baseId === 'string' && builtIns.has(baseId)
      ? baseId
      : builtIns.has(scenario.id)
        ? scenario.id
        : firstId;
  return {
    ok: true,
    entry: {
      name: (typeof name === 'string' && name.trim() ? name.trim() : scenario.name).slice(0, 120),
      baseScenarioId: base,
      scenario,
      lastValidScenario: scenario,
      drafts: stringRecord(drafts),
    },
  };
}

/** Reads an imported file's text: a workspace file or a single scenario. Never throws. */
export function readImportedText(text: string, builtIns: ReadonlyMap<string, Scenario>): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = String(error).slice(0, 200);
    // The parser's message is English; the position in it is what a message in any language can use.
    const position = /position (\d+)/.exec(detail)?.[1] ?? '?';
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: `not JSON: ${detail}`,
          rule: { code: 'check', check: 'notJson', params: { position } },
        },
      ],
    };
  }
  if (isRecord(parsed) && parsed.format === WORKSPACE_FILE_FORMAT) {
    const list = parsed.scenarios;
    if (!Array.isArray(list) || list.length > MAX_SCENARIOS)
      return {
        ok: false,
        issues: [
          {
            path: '',
            message: `scenarios: expected a list of at most ${MAX_SCENARIOS}`,
            rule: { code: 'check', check: 'workspaceList', params: { max: MAX_SCENARIOS } },
          },
        ],
      };
    const entries: NewEntry[] = [];
    const issues: ValidationIssue[] = [];
    list.forEach((item, i) => {
      const r = isRecord(item) ? item : {};
      const read = entryOf(r.scenario, r.name, r.baseScenarioId, r.drafts, builtIns, `scenario ${i + 1}: `);
      if (read.ok) entries.push(read.entry);
      else issues.push(...read.issues.slice(0, 5));
    });
    return issues.length > 0 ? { ok: false, issues: issues.slice(0, 50) } : { ok: true, entries };
  }
  const read = entryOf(parsed, undefined, undefined, undefined, builtIns, '');
  return read.ok ? { ok: true, entries: [read.entry] } : read;
}

/** Reads an imported file (size checked before it is read). */
export async function readImportedFile(
  file: Blob,
  builtIns: ReadonlyMap<string, Scenario>,
): Promise<ImportResult> {
  if (file.size > MAX_WORKSPACE_FILE_BYTES) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: `the file is ${file.size} bytes; at most ${MAX_WORKSPACE_FILE_BYTES}`,
          rule: {
            code: 'check',
            check: 'fileTooLarge',
            params: { bytes: file.size, max: MAX_WORKSPACE_FILE_BYTES },
          },
        },
      ],
    };
  }
  return readImportedText(await file.text(), builtIns);
}
