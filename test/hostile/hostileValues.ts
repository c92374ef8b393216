/**
 * Hostile values for any field, and hostile forms of any share link — what a pasted file, an edited
 * draft or a chat app's mangling can put in front of the planner. Each value tries one way to break
 * something: terminal escapes and bidi overrides (the terminal), HTML and javascript: links (the
 * page), prototype keys (the object model), numbers at and past the double's edges (the models),
 * wrong types and deep nesting (the validator and JSON.parse), and sizes past every limit.
 */
import { deflateSync } from 'fflate';
import { bytesToBase64Url } from '../../src/scenario/base64url.ts';

const ESC = '\x1b';

/** A forged "valid" line: erase the line, return to its start, print in green. */
export const FAKE_VALID = `${ESC}[2K\r${ESC}[32mvalid scenario "luohe-2023-baseline"${ESC}[0m`;
export const OSC52 = `${ESC}]52;c;cm0gLXJmIH4=\x07`;

function nested(depth: number): unknown {
  let v: unknown = 0;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** Values to put in any field, by what they attack. Strings are JSON-able; `raw` are JSON texts. */
export const HOSTILE_VALUES: readonly { label: string; value: unknown }[] = [
  { label: 'terminal escape', value: FAKE_VALID },
  { label: 'OSC 52', value: OSC52 },
  { label: 'C1 CSI and bidi override', value: '\u009b2K\u202egnp.exe' },
  { label: 'HTML', value: '<img src=x onerror=alert(1)>' },
  { label: 'javascript: link', value: 'javascript:alert(document.domain)' },
  { label: 'lone surrogate', value: 'a\ud800b' },
  { label: 'long string', value: 'x'.repeat(100_000) },
  { label: 'empty string', value: '' },
  { label: 'number as text', value: '1e309' },
  { label: 'huge number', value: 1e308 },
  { label: 'negative huge', value: -1e308 },
  { label: 'subnormal', value: 5e-324 },
  { label: 'minus zero', value: -0 },
  { label: 'past 2^53', value: 2 ** 53 + 2 },
  { label: 'negative', value: -1 },
  { label: 'fraction', value: 0.30000000000000004 },
  { label: 'null', value: null },
  { label: 'boolean', value: true },
  { label: 'empty array', value: [] },
  { label: 'object', value: { [FAKE_VALID]: 1 } },
  { label: 'prototype key', value: JSON.parse('{"__proto__": {"polluted": true}}') },
  { label: 'deep nesting', value: nested(3000) },
];

/** JSON texts no JSON.stringify produces: numbers past the double, and a deep nesting to the limit. */
export const HOSTILE_TEXTS: readonly { label: string; text: (doc: string) => string }[] = [
  { label: '1e400 (Infinity)', text: (doc) => doc.replace('"months":36', '"months":1e400') },
  { label: 'NaN literal', text: (doc) => doc.replace('"months":36', '"months":NaN') },
  { label: 'BOM and CRLF', text: (doc) => `\ufeff${doc.replaceAll(',', ',\r\n')}` },
  { label: 'duplicate keys', text: (doc) => doc.replace('"months":36', '"months":36,"months":1e12') },
  { label: 'trailing garbage', text: (doc) => `${doc}${FAKE_VALID}` },
  { label: 'deep nesting 100k', text: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}` },
  { label: 'NUL byte', text: (doc) => doc.replace('"id":"', '"id":"\\u0000') },
];

/**
 * Every way a share link `hash` is mangled, truncated, flipped or faked: '#s=2.base.data.checksum'
 * (the current form, whose checksum refuses a changed character) or '#s=1.base.data' (older links,
 * opened unchecked). The data is mangled in place, the checksum kept where it was.
 */
export function linkForms(hash: string): { label: string; link: string }[] {
  const parts = /^(#s=\d+\.[^.]*\.)([^.]*)(\.[^.]*)?$/.exec(hash);
  if (!parts) throw new Error(`not a share link: ${hash.slice(0, 40)}`);
  const head = parts[1];
  const data = parts[2];
  const tail = parts[3] ?? '';
  const withData = (d: string) => `${head}${d}${tail}`;
  const inside = (text: string) => withData(bytesToBase64Url(deflateSync(new TextEncoder().encode(text))));
  const base = /^(#s=\d+\.)[a-z0-9-]+\./;
  const forms: { label: string; link: string }[] = [
    { label: 'hash', link: hash },
    { label: 's= only', link: hash.slice(1) },
    { label: 'whole URL', link: `https://planner.example/?view=results${hash}` },
    { label: 'chat app %23', link: `https://planner.example/?view=results${hash.replace('#', '%23')}` },
    { label: 'double #', link: `#${hash}` },
    { label: 'trailing space', link: `${hash} ` },
    { label: 'upper case S', link: hash.replace('#s=', '#S=') },
    { label: 'unknown format', link: hash.replace(/^#s=\d+\./, '#s=9.') },
    { label: 'unknown base', link: hash.replace(base, '$1no-such-base.') },
    { label: 'escape in base', link: hash.replace(base, `$1${FAKE_VALID}.`) },
    { label: 'padding', link: `${hash}==` },
    { label: 'foreign character', link: withData(`${data.slice(0, 10)}*${data.slice(11)}`) },
    { label: 'empty data', link: withData('') },
    {
      label: 'trailing bytes',
      link: withData(bytesToBase64Url(new Uint8Array([...base64Bytes(data), 1, 2, 3]))),
    },
    { label: 'too long', link: `${hash}${'A'.repeat(70_000)}` },
    {
      label: 'zip bomb',
      link: withData(bytesToBase64Url(deflateSync(new Uint8Array(5_000_000), { level: 9 }))),
    },
    {
      label: 'invalid UTF-8 inside',
      link: withData(bytesToBase64Url(deflateSync(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))),
    },
    { label: 'deep JSON inside', link: inside(`${'['.repeat(50_000)}${']'.repeat(50_000)}`) },
    {
      label: 'escape in patch key',
      link: inside(JSON.stringify({ v: 1, h: 'x', p: [[0, [FAKE_VALID], 1]] })),
    },
    {
      label: 'prototype patch',
      link: inside(JSON.stringify({ v: 1, h: 'x', p: [[0, ['__proto__', 'polluted'], true]] })),
    },
  ];
  for (const cut of [1, 2, 3, 7, Math.floor(hash.length / 2), hash.length - head.length - 1]) {
    forms.push({ label: `cut ${cut} short`, link: hash.slice(0, hash.length - cut) });
  }
  // Single-character changes across the data (a seeded sweep, the same every run, 24 included).
  const step = Math.max(1, Math.floor(data.length / 24));
  const positions = new Set([24]);
  for (let i = 0; i < data.length; i += step) positions.add(i);
  for (const i of [...positions].filter((p) => p < data.length).sort((a, b) => a - b)) {
    const c = data[i] === 'A' ? 'B' : 'A';
    forms.push({ label: `char ${i} changed`, link: withData(`${data.slice(0, i)}${c}${data.slice(i + 1)}`) });
  }
  return forms;
}

function base64Bytes(data: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of data) {
    buffer = (buffer << 6) | alphabet.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return new Uint8Array(out);
}
