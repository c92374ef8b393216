import { describe, expect, it } from 'vitest';
import { escapeControls, hasControls } from '../../src/cli/terminalText.ts';

describe('escapeControls: nothing a terminal acts on passes through', () => {
  it('makes ESC, CR, BEL, DEL and C1 controls visible and keeps newlines, tabs and Chinese', () => {
    expect(escapeControls('a\x1b[2K\rb\x07c\x7fd\x9be')).toBe('a\\x1B[2K\\x0Db\\x07c\\x7Fd\\x9Be');
    expect(escapeControls('行一\n\t行二')).toBe('行一\n\t行二');
    expect(escapeControls('¥5,767,200.00 · 漯河')).toBe('¥5,767,200.00 · 漯河');
  });

  it('neutralises an OSC 52 clipboard write', () => {
    const osc52 = '\x1b]52;c;ZWNobyBwd25lZA==\x07';
    const out = escapeControls(`x${osc52}y`);
    expect(out).toBe('x\\x1B]52;c;ZWNobyBwd25lZA==\\x07y');
    expect(hasControls(out)).toBe(false);
  });

  it('escapes bidi overrides, isolates, zero-width characters, separators and the BOM', () => {
    expect(escapeControls('\u202egnp.exe\u2066\u200b\u2028\ufeff')).toBe(
      '\\u202Egnp.exe\\u2066\\u200B\\u2028\\uFEFF',
    );
  });

  it('keeps surrogate pairs and escapes lone surrogates', () => {
    expect(escapeControls('😀')).toBe('😀');
    expect(escapeControls('a\ud800b\udc00')).toBe('a\\uD800b\\uDC00');
  });

  it('leaves no raw control character in any string of the first 0x3000 code points', () => {
    let all = '';
    for (let c = 0; c < 0x3000; c++) all += String.fromCharCode(c);
    const raw = [...escapeControls(all)].filter((ch) => {
      const c = ch.codePointAt(0)!;
      return (
        (c < 0x20 && c !== 0x0a && c !== 0x09) || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
      );
    });
    expect(raw).toEqual([]);
  });
});
