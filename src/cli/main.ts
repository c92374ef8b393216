/**
 * `npm run sim -- <command> …`: finds the command and runs it. Each command lives in its own module
 * (src/cli/<command>.ts, shaped by command.ts); add one to COMMANDS and it is dispatched and listed
 * in the usage. Nothing a user can type makes this print a stack trace: an unexpected error becomes
 * one escaped line on stderr and exit code 1. Exit codes go through process.exitCode, never
 * process.exit(): stdout to a pipe is written asynchronously, and exiting at once would cut a long
 * --json report short.
 */
import { calibrateCommand } from './calibrate.ts';
import type { CliCommand } from './command.ts';
import { compareCommand } from './compare.ts';
import { type CliIo, processIo } from './io.ts';
import { recommendCommand } from './recommend.ts';
import { runCommand } from './run.ts';
import { shareCommand } from './share.ts';
import { validateCommand } from './validate.ts';

export const COMMANDS: readonly CliCommand[] = [
  runCommand,
  validateCommand,
  shareCommand,
  compareCommand,
  recommendCommand,
  calibrateCommand,
];

export const USAGE = `Usage: npm run sim -- <command> [options]

${COMMANDS.map((c) => c.usage).join('\n')}

A scenario is a JSON file, a file holding a share link, a share link (the URL, its hash or s=…),
or - to read either from standard input (for links longer than a shell argument can be).
`;

/** Runs the command line `argv` (without node and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(USAGE);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`unknown command "${name.slice(0, 60)}"`);
    io.err(USAGE);
    return 2;
  }
  const parsed = command.parse(rest);
  if (!parsed.ok) {
    io.err(parsed.message);
    io.err(USAGE);
    return 2;
  }
  try {
    return await command.execute(parsed.options, io);
  } catch (error) {
    io.err(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

const isEntry =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) {
  const io = processIo();
  // Last resort: whatever escapes (a worker's stray error event, a bug) is one sentence, not a stack.
  const fatal = (error: unknown) => {
    io.err(`failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      io.err(`failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
