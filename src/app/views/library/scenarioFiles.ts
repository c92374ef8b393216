/** Scenario JSON files in and out: import checks the file with the schema, export downloads it. */
import type { Scenario } from '../../../scenario/schema.ts';
import { loadScenario, type ValidationResult } from '../../../scenario/validate.ts';

/** Largest file accepted, bytes (a scenario is a few tens of kB). */
export const MAX_IMPORT_BYTES = 2_000_000;

export async function importScenarioFile(file: Blob): Promise<ValidationResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      issues: [{ path: '', message: `the file is ${file.size} bytes; at most ${MAX_IMPORT_BYTES}` }],
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `not JSON: ${String(error).slice(0, 200)}` }] };
  }
  return loadScenario(parsed);
}

/** Starts a download of `text` as `filename`. */
export function downloadText(filename: string, text: string | Uint8Array, type: string): void {
  const blob = new Blob([text as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportScenarioJson(scenario: Scenario): void {
  downloadText(`${scenario.id}.json`, `${JSON.stringify(scenario, null, 2)}\n`, 'application/json');
}
