/**
 * The command line parsed without running it: the command's name and its options, or what is wrong.
 * For tests and tools that check arguments; main.ts dispatches through the same commands' parse.
 */
import { COMMANDS } from './main.ts';

export type ParseResult =
  | { ok: true; command: { command: string } & Record<string, unknown> }
  | { ok: false; message: string };

export function parseArgs(argv: readonly string[]): ParseResult {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h')
    return { ok: true, command: { command: 'help' } };
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) return { ok: false, message: `unknown command "${name.slice(0, 60)}"` };
  const parsed = command.parse(rest);
  if (!parsed.ok) return parsed;
  return { ok: true, command: { command: name, ...(parsed.options as Record<string, unknown>) } };
}
