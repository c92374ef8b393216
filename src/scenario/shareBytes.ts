/**
 * The strict byte-level steps of reading a share link's data: inflate raw deflate with a cap on the
 * output and no bytes after the end of the compressed stream, decode UTF-8 refusing invalid
 * sequences, and check JSON nesting before parsing (deep nesting would overflow the stack of the
 * recursive steps after JSON.parse). Each returns a typed failure rather than throwing.
 */
import { Inflate, inflateSync } from 'fflate';

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too-large' | 'corrupt' | 'trailing-bytes' };

function inflatesCompletely(bytes: Uint8Array): boolean {
  try {
    inflateSync(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Inflates raw-deflate `bytes`, stopping when the output passes `limit` bytes. */
export function inflateExact(bytes: Uint8Array, limit: number): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  let done = false;
  const stream = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) {
      tooLarge = true;
      throw new Error('too large');
    }
    chunks.push(chunk);
    if (final) done = true;
  });
  try {
    stream.push(bytes, true);
  } catch {
    return { ok: false, reason: tooLarge ? 'too-large' : 'corrupt' };
  }
  if (!done) return { ok: false, reason: 'corrupt' };
  // The last byte of a clean stream holds its end: if the stream also inflates without that byte,
  // the byte (and maybe more) came after the compressed data and was never read.
  if (bytes.length > 1 && inflatesCompletely(bytes.subarray(0, bytes.length - 1)))
    return { ok: false, reason: 'trailing-bytes' };
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return { ok: true, bytes: out };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of UTF-8 `bytes`, or null when they are not valid UTF-8 (never replaced with U+FFFD). */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Deepest nesting accepted in a link's JSON (a scenario nests about 8 deep). */
export const MAX_JSON_DEPTH = 64;

/**
 * The deepest nesting of arrays and objects in JSON `text` (outside strings), or Infinity once it
 * passes `limit` — so a hostile `[[[[…]]]]` is refused before anything recursive touches it.
 */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return Number.POSITIVE_INFINITY;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}
