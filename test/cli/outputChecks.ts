/**
 * What no output of the CLI or the page may contain, written independently of the code under test:
 * a raw control character a terminal acts on, or a stack trace.
 */

/** The raw control characters in `text` (C0 but newline and tab, DEL, C1, bidi overrides/isolates). */
export function rawControls(text: string): string[] {
  const found: string[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const bad =
      (c < 0x20 && c !== 0x0a && c !== 0x09) ||
      (c >= 0x7f && c <= 0x9f) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069);
    if (bad) found.push(`U+${c.toString(16).padStart(4, '0')}`);
  }
  return found;
}

/** A line of a stack trace ("    at f (file.ts:1:2)") or a source position. */
export const STACK_TRACE = /\n\s+at |\.(ts|js|mjs):\d+:\d+/;
