import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from '../../config/securityHeaders.ts';

const readme = readFileSync('README.md', 'utf8');
const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

describe('the security headers of the built app', () => {
  it('forbid inline script, eval, plugins, <base> and framing', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*/);
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });

  it('are the ones README.md tells nginx to send', () => {
    const sent = Object.fromEntries(
      [...nginx.matchAll(/add_header (\S+) "([^"]*)" always;/g)]
        .map((m) => [m[1], m[2]])
        .filter(([name]) => name !== 'Cache-Control'),
    );
    expect(sent).toEqual(SECURITY_HEADERS);
  });
});
