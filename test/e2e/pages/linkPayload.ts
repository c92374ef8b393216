/**
 * Reads the view state out of a format-2 share link in an address (for assertions only: the app's
 * codec is src/scenario/shareUrl.ts). Returns the payload's `w` ({ r, v, c, n }) or null.
 */
import { inflateSync, strFromU8 } from 'fflate';

export function linkViewOf(address: string): { r?: string; v?: string; c?: string[]; n?: number } | null {
  const m = /#s=2\.[a-z0-9-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]{6}$/.exec(address);
  if (!m) return null;
  const b64 = m[1].replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(Buffer.from(b64, 'base64'));
  const payload = JSON.parse(strFromU8(inflateSync(bytes))) as { w?: Record<string, unknown> };
  return (payload.w as { r?: string; v?: string }) ?? null;
}
