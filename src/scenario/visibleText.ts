/**
 * Text that came from an input — a file name, a field name, a JSON parser's snippet, a decoded link —
 * reaches a terminal (src/cli/io.ts) or the page's messages only through `escapeControls`. A terminal acts on control characters: ESC starts
 * sequences that erase lines, move the cursor, recolour text or (OSC 52) write the clipboard; CR
 * returns to the start of the line so later text overprints earlier text; the Unicode bidi overrides
 * and isolates reorder what is shown. Each becomes a visible escape (`\x1B`, `\x0D`, `\u202E`), so a
 * crafted input can never print a fake "valid scenario" over the real message.
 *
 * Kept as they are: newline (the CLI's own line breaks) and tab. Escaped: every other C0 control,
 * DEL, every C1 control (0x80–0x9F, which some terminals take as 8-bit CSI/OSC), the line and
 * paragraph separators, the bidi and zero-width format characters, the BOM and interlinear
 * annotation controls, and lone surrogates (which no encoder can print).
 */

export function needsEscape(code: number): boolean {
  if (code < 0x20) return code !== 0x0a && code !== 0x09;
  if (code >= 0x7f && code <= 0x9f) return true;
  if (code === 0xad || code === 0x061c || code === 0x180e) return true;
  if (code >= 0x200b && code <= 0x200f) return true; // zero-width, LRM, RLM
  if (code >= 0x2028 && code <= 0x202e) return true; // separators, LRE…RLO
  if (code >= 0x2060 && code <= 0x206f) return true; // word joiner, isolates, deprecated formats
  return code === 0xfeff || (code >= 0xfff9 && code <= 0xfffb);
}

function escapeOf(code: number): string {
  const hex = code.toString(16).toUpperCase();
  return code < 0x100 ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}

/** `text` with every control character a terminal would act on made visible (see the module note). */
export function escapeControls(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let escaped: string | null = null;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a well-formed pair: printable as it is
        continue;
      }
      escaped = escapeOf(code);
    } else if (code >= 0xdc00 && code <= 0xdfff) escaped = escapeOf(code);
    else if (needsEscape(code)) escaped = escapeOf(code);
    if (escaped === null) continue;
    out += text.slice(from, i) + escaped;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** True when `text` holds a character that escapeControls would escape. */
export function hasControls(text: string): boolean {
  return escapeControls(text) !== text;
}

/**
 * A string as a message quotes it: JSON (quotes, C0 controls and lone surrogates escaped) with the
 * rest of what escapeControls catches (DEL, C1, bidi and zero-width characters) as \uXXXX too, so
 * the result is still a JSON string literal. Cut to `max` characters.
 */
export function quoteForMessage(text: string, max = 60): string {
  const shown = text.length > max ? `${text.slice(0, max)}…` : text;
  const json = JSON.stringify(shown);
  let out = '';
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    out +=
      code >= 0x7f && needsEscape(code) ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}` : json[i];
  }
  return out;
}
