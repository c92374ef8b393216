/**
 * The HTTP headers the built app is served with: a strict Content-Security-Policy (scripts and
 * workers only from the app's own origin, no inline script, no eval, no plugins, no <base>, no
 * framing), no MIME sniffing, and no referrer — a share link carries the whole scenario in its hash,
 * and nothing of the address may leak to another site. `vite preview` sends them (vite.config.ts);
 * README.md has the same headers as an nginx snippet, and a test keeps the two equal.
 *
 * Why each source is allowed:
 * - script-src / worker-src 'self': the app, its Web Workers (run and simulation workers, nested
 *   ones included) and the service worker are files of the build; no blob: or data: workers exist.
 * - style-src 'self': the stylesheets of the build; React and d3 set styles through the CSSOM, which
 *   CSP does not restrict.
 * - img-src 'self' data:: the share dialog's QR code is an SVG data URL.
 * - connect-src 'self': the service worker's precache and nothing else; the app calls no server.
 */

export const CONTENT_SECURITY_POLICY_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY_DIRECTIVES.join('; ');

/**
 * The policy for a <meta http-equiv> tag in the built index.html, for servers that send no header:
 * frame-ancestors cannot be delivered by meta (browsers ignore it there and say so in the console).
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY_DIRECTIVES.filter(
  (d) => !d.startsWith('frame-ancestors'),
).join('; ');

/** Every header, as `vite preview` sends them. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * The dev server's headers: all but the CSP, because Vite's dev client and React's refresh preamble
 * are inline scripts. The production build never has one.
 */
export const DEV_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SECURITY_HEADERS).filter(([name]) => name !== 'Content-Security-Policy'),
);
