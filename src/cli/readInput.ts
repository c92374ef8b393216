/**
 * Reading a scenario (or a file holding a share link) from disk or standard input, safely: the file's
 * type and size are checked on the open descriptor before a byte is read, so a FIFO, a device such as
 * /dev/zero, a directory or a 1 GB file is refused at once instead of blocking or filling memory; at
 * most MAX_INPUT_BYTES + 1 bytes are ever read. The bytes must be UTF-8 (a UTF-8 BOM is dropped);
 * anything else is refused with the offset of the first bad byte, never silently replaced.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Largest input accepted, bytes (a scenario is tens of kilobytes). */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };
export type TextResult = { ok: true; text: string } | { ok: false; message: string };

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${bytes} bytes`;
}

function tooLarge(name: string, size: string): string {
  return `${name}: too large (${size}); a scenario file may be at most 2 MB`;
}

function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads the regular file at `path`, checking its type and size first. `name` is how messages call it.
 * O_NONBLOCK makes opening a FIFO return at once (it would otherwise wait for a writer); a regular
 * file reads the same with or without it.
 */
export function readInputFile(path: string, name = path, maxBytes = MAX_INPUT_BYTES): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'cannot read it: no such file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'a directory'
            : `cannot open it (${code ?? 'unknown error'})`;
    return { ok: false, message: `${name}: ${why}` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, message: `${name}: ${kindOf(stat)}, not a scenario file` };
    if (stat.size > maxBytes) return { ok: false, message: tooLarge(name, describeSize(stat.size)) };
    // The file may grow between the check and the read: never read more than maxBytes + 1.
    const buffer = new Uint8Array(Math.min(stat.size, maxBytes) + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
      if (total === buffer.length) break;
    }
    if (total > maxBytes)
      return { ok: false, message: tooLarge(name, `more than ${describeSize(maxBytes)}`) };
    return { ok: true, bytes: buffer.subarray(0, total) };
  } catch (error) {
    return {
      ok: false,
      message: `${name}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    };
  } finally {
    closeSync(fd);
  }
}

/**
 * Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and values above U+10FFFF
 * included, as the WHATWG decoder with `fatal: true` rejects them), or −1 when all is valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** UTF-8 bytes → text: a leading UTF-8 BOM is dropped; UTF-16 or invalid UTF-8 is refused, by offset. */
export function decodeUtf8(bytes: Uint8Array, name: string): TextResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: `${name}: encoded as UTF-16; save it as UTF-8` };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const byte = body[bad].toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      message: `${name}: not valid UTF-8 (byte 0x${byte} at offset ${bad + start}, line ${lineOf(body, bad)}); save it as UTF-8`,
    };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(body) };
}
