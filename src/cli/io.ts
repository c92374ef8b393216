/**
 * Where the command line writes and reads. Every line goes through escapeControls (terminalText.ts),
 * so text from inputs never reaches the terminal raw, whichever command printed it. Tests use
 * `memoryIo`; the real process uses `processIo`, which also ends quietly when the reader of stdout
 * goes away (`run --json | head`): an EPIPE is the reader's choice, not an error of ours.
 */
import { escapeControls } from './terminalText.ts';

export interface CliIo {
  /** Writes `text` and a newline to standard output. */
  out(text: string): void;
  /** Writes `text` and a newline to standard error. */
  err(text: string): void;
  /** Transient progress (overwritten in place) when stderr is a terminal; `null` ends the line. */
  progress(text: string | null): void;
  /** Standard input as bytes, read up to `maxBytes + 1` bytes (so a caller can tell "too large"). */
  readStdin(maxBytes: number): Promise<Uint8Array>;
}

/** Ends the process quietly when a pipe's reader has gone (EPIPE); other stream errors are reported once. */
function guardStream(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.exitCode = 1;
  });
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buffer);
    total += buffer.length;
    if (total > maxBytes) break; // enough to say "too large"; the rest is never buffered
  }
  return new Uint8Array(Buffer.concat(chunks, total).subarray(0, Math.min(total, maxBytes + 1)));
}

export function processIo(): CliIo {
  guardStream(process.stdout);
  guardStream(process.stderr);
  let progressShown = false;
  return {
    out: (text) => {
      process.stdout.write(`${escapeControls(text)}\n`);
    },
    err: (text) => {
      if (progressShown) process.stderr.write('\n');
      progressShown = false;
      process.stderr.write(`${escapeControls(text)}\n`);
    },
    progress: (text) => {
      if (!process.stderr.isTTY) return;
      if (text === null) {
        if (progressShown) process.stderr.write('\n');
        progressShown = false;
        return;
      }
      process.stderr.write(`\r${escapeControls(text)}`);
      progressShown = true;
    },
    readStdin: (maxBytes) => readStream(process.stdin, maxBytes),
  };
}

/** An io that keeps what was written, for tests; `stdin` is what `readStdin` returns. */
export function memoryIo(stdin: Uint8Array | string = ''): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const bytes = typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin;
  return {
    stdout,
    stderr,
    out: (text) => stdout.push(escapeControls(text)),
    err: (text) => stderr.push(escapeControls(text)),
    progress: () => {},
    readStdin: async (maxBytes) => bytes.subarray(0, maxBytes + 1),
  };
}
