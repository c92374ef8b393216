/**
 * Reads a scenario named on the command line: a JSON file, a file holding a share link, `-` for
 * standard input, or a share link itself (the whole URL, its hash or `s=…`). An argument is a link
 * only when no file of that name exists, so `plans/#3.json` or `s=2024.json` are read as the files
 * they are. Never throws: every failure is a message naming the input and what is wrong with it.
 *
 * A shell cannot pass one argument longer than 128 KiB (npm then fails with `spawn E2BIG` before this
 * program starts, exit 249); a link that long is refused by the decoder anyway, but stdin takes any
 * size up to MAX_INPUT_BYTES: `npm run sim -- validate - < link.txt`.
 */
import { statSync } from 'node:fs';
import type { Scenario } from '../scenario/schema.ts';
import { decodeShareHash } from '../scenario/shareUrl.ts';
import { loadScenario } from '../scenario/validate.ts';
import { type CliCommand, defineCommand } from './command.ts';
import type { CliIo } from './io.ts';
import { parseOptions } from './options.ts';
import { decodeUtf8, MAX_INPUT_BYTES, readInputFile } from './readInput.ts';

export type SourceResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

const LINK_START = /^(#|s=|https?:\/\/)/;

/** Whether something exists at `path` (a FIFO or device too: it is then refused as such, not taken for a link). */
function existsAsPath(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false; // a name too long for a path, a NUL byte in it, …: not a file
  }
}

/** The share link in `text`: from its '#' on when it has one, else as it is (`s=…`). */
function linkPart(text: string): string {
  const hash = text.indexOf('#');
  return hash >= 0 ? text.slice(hash) : text;
}

function fromLink(link: string, name: string): SourceResult {
  const decoded = decodeShareHash(linkPart(link));
  if (decoded.ok) return { ok: true, scenario: decoded.scenario };
  const details = decoded.error.issues?.map((i) => `  ${i.message}`).join('\n');
  return { ok: false, message: `${name}: ${decoded.error.message}${details ? `\n${details}` : ''}` };
}

/** Line and column of a JSON.parse error's character position, when its message gives one. */
function jsonErrorPlace(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return '';
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

function fromText(text: string, name: string): SourceResult {
  const trimmed = text.trim();
  if (trimmed === '')
    return { ok: false, message: `${name}: empty; expected a scenario (JSON) or a share link` };
  if (LINK_START.test(trimmed) && !/\s/.test(trimmed)) return fromLink(trimmed, name);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${name}: not valid JSON${jsonErrorPlace(text, message)} (${message})` };
  }
  const checked = loadScenario(json);
  if (!checked.ok) {
    return { ok: false, message: `${name}:\n${checked.issues.map((i) => `  ${i.message}`).join('\n')}` };
  }
  return { ok: true, scenario: checked.scenario };
}

function fromBytes(bytes: Uint8Array, name: string): SourceResult {
  const decoded = decodeUtf8(bytes, name);
  return decoded.ok ? fromText(decoded.text, name) : decoded;
}

export async function loadSource(source: string, io: CliIo): Promise<SourceResult> {
  if (source === '-') {
    const bytes = await io.readStdin(MAX_INPUT_BYTES);
    if (bytes.length > MAX_INPUT_BYTES) {
      return { ok: false, message: 'standard input: too large; a scenario may be at most 2 MB' };
    }
    return fromBytes(bytes, 'standard input');
  }
  if (existsAsPath(source)) {
    const read = readInputFile(source);
    return read.ok ? fromBytes(read.bytes, source) : read;
  }
  if (LINK_START.test(source) || source.includes('#')) return fromLink(source.trim(), 'share link');
  return {
    ok: false,
    message: `${source}: cannot read it: no such file (nor a share link, which starts with '#s=', 's=' or 'https://')`,
  };
}

/**
 * A command that takes one scenario (a file, a share URL or - for standard input) and does one thing
 * with it once it has loaded and validated (`share`, `validate`); a source that does not load is
 * answered with its message and exit code 1.
 */
export function defineSourceCommand(spec: {
  name: string;
  usage: string;
  /** What the one argument may be, for the message when there is not exactly one. */
  expects: string;
  act(scenario: Scenario, source: string, io: CliIo): void;
}): CliCommand {
  return defineCommand<{ source: string }>({
    name: spec.name,
    usage: spec.usage,
    parse(args) {
      const parsed = parseOptions(args, []);
      if (!parsed.ok) return parsed;
      if (parsed.options.positional.length !== 1)
        return { ok: false, message: `${spec.name} expects ${spec.expects}` };
      return { ok: true, options: { source: parsed.options.positional[0] } };
    },
    async execute({ source }, io) {
      const loaded = await loadSource(source, io);
      if (!loaded.ok) {
        io.err(loaded.message);
        return 1;
      }
      spec.act(loaded.scenario, source, io);
      return 0;
    },
  });
}
