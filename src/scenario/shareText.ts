/**
 * Opening whatever text claims to hold a share link — an address (location.href), a hash, a pasted
 * chat message: find the link, repair the usual manglings (shareLinkRepair.ts), then decode it
 * (shareUrl.ts). The result says what was repaired, so the page can rewrite the address bar with
 * the clean link and tell the user.
 */
import { findShareLink, type LinkRepair } from './shareLinkRepair.ts';
import { type DecodeResult, decodeShareHash } from './shareUrl.ts';

export type ShareTextResult =
  | { found: false }
  | { found: true; hash: string; repairs: LinkRepair[]; decoded: DecodeResult };

/** Finds, repairs and decodes the share link in `text`. Never throws. */
export function openShareText(text: string): ShareTextResult {
  const link = findShareLink(text);
  if (!link) return { found: false };
  return { found: true, hash: link.hash, repairs: link.repairs, decoded: decodeShareHash(link.hash) };
}
