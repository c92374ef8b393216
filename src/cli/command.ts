/**
 * The shape of one command of `npm run sim -- <command> …`: each lives in a module of its own
 * (src/cli/<command>.ts) and main.ts only dispatches to it. `parse` never throws and says what is
 * wrong with the arguments; `execute` returns the exit code (0 done, 1 the input or the run failed)
 * and writes only through the io, so text from inputs is escaped before it reaches a terminal.
 */
import type { CliIo } from './io.ts';

export type ParsedOptions<O> = { ok: true; options: O } | { ok: false; message: string };

export interface CliCommand<O = unknown> {
  name: string;
  /** The command's lines in the usage text, indented by two spaces. */
  usage: string;
  parse(args: readonly string[]): ParsedOptions<O>;
  execute(options: O, io: CliIo): Promise<number>;
}

/** Erases the options type so commands of different options sit in one table. */
export function defineCommand<O>(command: CliCommand<O>): CliCommand {
  return command as CliCommand;
}
