import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8, MAX_INPUT_BYTES, readInputFile } from '../../src/cli/readInput.ts';

const dir = mkdtempSync(join(tmpdir(), 'luohe-read-'));

describe('readInputFile checks type and size before reading', () => {
  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const started = performance.now();
    const r = readInputFile(fifo);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r).toEqual({ ok: false, message: `${fifo}: a named pipe (FIFO), not a scenario file` });
  });

  it('refuses /dev/zero, also behind a symbolic link, without reading it', () => {
    const link = join(dir, 'zero.json');
    symlinkSync('/dev/zero', link);
    expect(readInputFile(link)).toEqual({ ok: false, message: `${link}: a device, not a scenario file` });
  });

  it('refuses a directory and a missing file by name', () => {
    expect(readInputFile(dir)).toEqual({ ok: false, message: `${dir}: a directory, not a scenario file` });
    expect(readInputFile(join(dir, 'none.json'))).toEqual({
      ok: false,
      message: `${join(dir, 'none.json')}: cannot read it: no such file`,
    });
  });

  it('refuses an oversized file from its size alone (a sparse 1 GB file reads in no time)', () => {
    const big = join(dir, 'big.json');
    execFileSync('truncate', ['-s', '1G', big]);
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const r = readInputFile(big);
    expect(performance.now() - started).toBeLessThan(500);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
    expect(r).toEqual({
      ok: false,
      message: `${big}: too large (1024.0 MB); a scenario file may be at most 2 MB`,
    });
  });

  it('reads a file of exactly the limit and refuses one byte more', () => {
    const edge = join(dir, 'edge.json');
    writeFileSync(edge, Buffer.alloc(MAX_INPUT_BYTES, 0x20));
    expect(readInputFile(edge).ok).toBe(true);
    writeFileSync(edge, Buffer.alloc(MAX_INPUT_BYTES + 1, 0x20));
    expect(readInputFile(edge).ok).toBe(false);
  });
});

describe('decodeUtf8', () => {
  it('drops a UTF-8 BOM', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), 'f')).toEqual({ ok: true, text: '{}' });
  });

  it('refuses invalid UTF-8 naming the byte, offset and line instead of replacing it', () => {
    const bytes = new TextEncoder().encode('{\n"name": "ab');
    const withBad = new Uint8Array([...bytes, 0xff, 0x22, 0x7d]);
    expect(decodeUtf8(withBad, 'f.json')).toEqual({
      ok: false,
      message: 'f.json: not valid UTF-8 (byte 0xFF at offset 13, line 2); save it as UTF-8',
    });
  });

  it('refuses UTF-16 with a message that says so', () => {
    expect(decodeUtf8(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]), 'f')).toEqual({
      ok: false,
      message: 'f: encoded as UTF-16; save it as UTF-8',
    });
  });

  it('agrees with the WHATWG fatal decoder on every 1–3 byte sequence of interesting bytes', () => {
    const interesting = [
      0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0,
      0xf4, 0xf5, 0xff,
    ];
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const valid = (b: Uint8Array) => {
      try {
        fatal.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    const disagreements: string[] = [];
    for (const a of interesting)
      for (const b of interesting)
        for (const c of interesting) {
          const bytes = new Uint8Array([a, b, c]);
          if (firstInvalidUtf8(bytes) < 0 !== valid(bytes)) disagreements.push(`${a},${b},${c}`);
        }
    expect(disagreements).toEqual([]);
    // Four-byte forms: the smallest and largest valid, and the first invalid on each side.
    for (const [bytes, ok] of [
      [[0xf0, 0x90, 0x80, 0x80], true],
      [[0xf4, 0x8f, 0xbf, 0xbf], true],
      [[0xf0, 0x8f, 0xbf, 0xbf], false],
      [[0xf4, 0x90, 0x80, 0x80], false],
    ] as const) {
      expect(firstInvalidUtf8(new Uint8Array(bytes)) < 0).toBe(ok);
    }
  });
});
