/**
 * The share link's integrity check: CRC-32 (IEEE 802.3, the zip/PNG polynomial) of the link's text
 * before it, written as 6 base64url characters (32 bits, the top 4 bits of the first character 0).
 *
 * Why CRC-32: a link is damaged by accident (a chat app, a line break, a mistyped character), not by
 * an adversary; CRC-32 catches every single-bit error, every error burst up to 32 bits and all but
 * 1 in 4 billion of the rest, with no key to manage. It does not authenticate who made the link —
 * anyone can make a link, and the scenario inside it is validated like any other input.
 */
const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** CRC-32 of the UTF-16 code units of `text` taken as bytes (link text is ASCII). */
export function crc32OfText(text: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < text.length; i++) c = TABLE[(c ^ text.charCodeAt(i)) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Characters of a checksum in a link. */
export const CHECKSUM_CHARS = 6;

/** The checksum of `text` as it is written in a link. */
export function checksumOf(text: string): string {
  const crc = crc32OfText(text);
  let out = '';
  for (let shift = 30; shift >= 0; shift -= 6) out += ALPHABET[(crc / 2 ** shift) & 63];
  return out;
}

/** True when `checksum` is exactly the checksum of `text`. */
export function checksumMatches(text: string, checksum: string): boolean {
  return checksum.length === CHECKSUM_CHARS && checksumOf(text) === checksum;
}
