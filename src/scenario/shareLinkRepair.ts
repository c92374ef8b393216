/**
 * Finding a share link in what a user opened or pasted, after chat apps and mail clients have had
 * their way with it. Recognised and repaired (each named in `repairs`):
 * - encoded-hash: the '#' percent-encoded ('%23s=', or '%2523s=' when encoded twice), or turned
 *   into a query ('?s=' / '&s=');
 * - percent-encoding: link characters percent-encoded ('%2E' for '.');
 * - whitespace: a line break or zero-width character inside the link (a wrapped message);
 * - trailing-characters: punctuation or text glued to its end ('…Ab3).', '…Ab3。', '…Ab3&utm=…').
 * A link cut short cannot be repaired; the decoder's checksum (format 2) says so instead of opening
 * something else. Repair never invents characters: it only removes what cannot belong to a link.
 */

export type LinkRepair = 'encoded-hash' | 'percent-encoding' | 'whitespace' | 'trailing-characters';

export interface FoundLink {
  /** The link's hash as the decoder reads it: '#s=<format>.<base>.<data>[.<checksum>]'. */
  hash: string;
  repairs: LinkRepair[];
}

/** Longest text scanned; the decoder refuses longer links anyway. */
const MAX_SCAN_CHARS = 65_536;

const MARKER = /#s=|%(?:25)?23s=|[?&]s=(?=[0-9])/i;
const LINK_BODY = /^[0-9]{1,6}\.[a-z0-9][a-z0-9-]{0,63}\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*)?/;
/** Line breaks (a wrapped message) and invisible characters: removed wherever they are in a link. */
const BREAKS = /[\r\n\u200b-\u200d\u2060\ufeff]+/g;
const ENCODED_BREAKS = /%(?:0[ADad]|E2%80%8[BCDbcd]|E2%81%A0|EF%BB%BF)/gi;
const LINK_CHAR = /^[A-Za-z0-9._-]$/;

/** The share link in `text` (a whole address, a hash, or a pasted message), or null when none. */
export function findShareLink(text: string): FoundLink | null {
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const marker = MARKER.exec(scanned);
  if (!marker) return null;
  const repairs = new Set<LinkRepair>();
  if (marker[0] !== '#s=') repairs.add('encoded-hash');
  let rest = scanned.slice(marker.index + marker[0].length);

  // A line break inside a link is the message wrapping it; a space or tab ends the link.
  const joined = rest.replace(ENCODED_BREAKS, '').replace(BREAKS, '');
  if (joined !== rest) repairs.add('whitespace');
  rest = joined;

  const decoded = rest.replace(/%([0-9A-Fa-f]{2})/g, (encoded, hex: string) => {
    const ch = String.fromCharCode(Number.parseInt(hex, 16));
    return LINK_CHAR.test(ch) ? ch : encoded;
  });
  if (decoded !== rest) repairs.add('percent-encoding');
  rest = decoded;

  const body = LINK_BODY.exec(rest);
  if (!body) return { hash: `#s=${rest.slice(0, 64)}`, repairs: [...repairs] };
  let link = body[0];
  if (link.endsWith('.')) link = link.slice(0, -1); // a full stop after the link, not a segment
  if (link.length < rest.length) repairs.add('trailing-characters');
  return { hash: `#s=${link}`, repairs: [...repairs] };
}
