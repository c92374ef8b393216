/** Scenario JSON files out (downloads). Reading files in: workspace/workspaceFile.ts. */
import type { Scenario } from '../../../scenario/schema.ts';

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
