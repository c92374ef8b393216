import { readFileSync } from 'node:fs';
import type { Scenario } from '../scenario/schema.ts';
import { decodeShareHash } from '../scenario/shareUrl.ts';
import { loadScenario } from '../scenario/validate.ts';

export type SourceResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** Files larger than this are refused before parsing (a scenario is tens of kilobytes). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

function looksLikeShareLink(source: string): boolean {
  return source.includes('#') || source.startsWith('s=') || /^https?:\/\//.test(source);
}

/**
 * Reads a scenario from a JSON file or a share URL (a whole link or its hash). Never throws: every
 * failure comes back as a message naming the file and what is wrong with it.
 */
export function loadSource(source: string): SourceResult {
  if (looksLikeShareLink(source)) {
    const hash = source.includes('#') ? source.slice(source.indexOf('#')) : `#${source}`;
    const decoded = decodeShareHash(hash);
    if (!decoded.ok) {
      const details = decoded.error.issues?.map((i) => `  ${i.message}`).join('\n');
      return { ok: false, message: `share link: ${decoded.error.message}${details ? `\n${details}` : ''}` };
    }
    return { ok: true, scenario: decoded.scenario };
  }
  let text: string;
  try {
    const buffer = readFileSync(source);
    if (buffer.byteLength > MAX_FILE_BYTES) return { ok: false, message: `${source}: larger than 2 MB` };
    text = buffer.toString('utf8');
  } catch (error) {
    return {
      ok: false,
      message: `${source}: cannot read (${(error as NodeJS.ErrnoException).code ?? error})`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${source}: not valid JSON (${(error as Error).message})` };
  }
  const checked = loadScenario(json);
  if (!checked.ok) {
    return { ok: false, message: `${source}:\n${checked.issues.map((i) => `  ${i.message}`).join('\n')}` };
  }
  return { ok: true, scenario: checked.scenario };
}
