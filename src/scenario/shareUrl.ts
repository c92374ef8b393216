/**
 * Share links: the scenario travels in the URL hash as a versioned, compressed, minimal diff against
 * the built-in scenario it started from, so it never reaches a server and fits in a chat message:
 *
 *   #s=<format>.<baseId>.<base64url(deflate-raw(JSON payload))>
 *   payload = { v: scenario version of the base, h: base fingerprint, p: patch (diff.ts) }
 *
 * Decoding never throws: garbage, truncated, oversized or hostile input returns a typed error naming
 * what is wrong. Sizes are capped before anything is parsed. A link made against an older scenario
 * version is patched onto that version's base (LEGACY_BASES) and migrated forward.
 */
import { deflateSync, Inflate } from 'fflate';
import { base64UrlToBytes, bytesToBase64Url } from './base64url.ts';
import { applyPatch, diffJson } from './diff.ts';
import { LEGACY_BASES } from './legacyBases.ts';
import { builtInScenario } from './library.ts';
import { SCENARIO_VERSION, type Scenario } from './schema.ts';
import { loadScenario, type ValidationIssue } from './validate.ts';

export const SHARE_FORMAT_VERSION = 1;
/** Longest hash accepted, characters. */
export const MAX_HASH_CHARS = 8_192;
/** Largest inflated payload accepted, bytes. */
export const MAX_INFLATED_BYTES = 262_144;

export type ShareErrorCode =
  | 'not-a-share-link'
  | 'unknown-version'
  | 'unknown-base'
  | 'corrupt'
  | 'too-large'
  | 'invalid';

export interface ShareError {
  code: ShareErrorCode;
  message: string;
  issues?: ValidationIssue[];
}

export type DecodeResult =
  | { ok: true; scenario: Scenario; baseId: string; warnings: string[] }
  | { ok: false; error: ShareError };

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** A short fingerprint (FNV-1a, 32 bits, hex) of a document's JSON, to notice a base that changed. */
export function fingerprint(doc: unknown): string {
  const text = JSON.stringify(doc);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The hash (with '#') for `scenario` as edited from the built-in `baseId`. Throws on an unknown base. */
export function encodeShareHash(scenario: Scenario, baseId: string): string {
  const base = builtInScenario(baseId);
  if (!base) throw new Error(`encodeShareHash: unknown built-in scenario '${baseId}'`);
  return encodeAgainst(scenario, baseId, base, SCENARIO_VERSION);
}

/** Encodes against an explicit base document of scenario version `version` (tests build old links with it). */
export function encodeAgainst(doc: unknown, baseId: string, base: unknown, version: number): string {
  const payload = { v: version, h: fingerprint(base), p: diffJson(base, doc) };
  const bytes = deflateSync(encoder.encode(JSON.stringify(payload)), { level: 9 });
  return `#s=${SHARE_FORMAT_VERSION}.${baseId}.${bytesToBase64Url(bytes)}`;
}

function fail(code: ShareErrorCode, message: string, issues?: ValidationIssue[]): DecodeResult {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

/** Inflates raw-deflate bytes, stopping as soon as the output passes `limit`. */
function inflateCapped(bytes: Uint8Array, limit: number): Uint8Array | 'too-large' | 'corrupt' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  let done = false;
  const stream = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) {
      tooLarge = true;
      throw new Error('too large');
    }
    chunks.push(chunk);
    if (final) done = true;
  });
  try {
    stream.push(bytes, true);
  } catch {
    return tooLarge ? 'too-large' : 'corrupt';
  }
  if (!done) return 'corrupt';
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

const HASH_PATTERN = /^#?s=([0-9]{1,6})\.([a-z0-9][a-z0-9-]{0,63})\.([A-Za-z0-9_-]*)$/;

/** Decodes a location hash ('#s=…' or 's=…'). Never throws. */
export function decodeShareHash(hash: unknown): DecodeResult {
  try {
    return decode(hash);
  } catch (error) {
    return fail('corrupt', `the link could not be read: ${String(error).slice(0, 200)}`);
  }
}

function decode(hash: unknown): DecodeResult {
  if (typeof hash !== 'string') return fail('not-a-share-link', 'expected the text of a link');
  if (hash.length > MAX_HASH_CHARS) {
    return fail('too-large', `the link is ${hash.length} characters; at most ${MAX_HASH_CHARS} are accepted`);
  }
  if (!/^#?s=/.test(hash))
    return fail('not-a-share-link', "the link has no scenario in it (expected '#s=…')");
  const match = HASH_PATTERN.exec(hash);
  if (!match) return fail('corrupt', 'the link is damaged: expected #s=<version>.<scenario id>.<data>');
  const [, formatText, baseId, data] = match;
  const format = Number(formatText);
  if (format !== SHARE_FORMAT_VERSION) {
    return fail(
      'unknown-version',
      `the link uses format ${format}; this planner reads format ${SHARE_FORMAT_VERSION}`,
    );
  }
  const knownBase =
    builtInScenario(baseId) !== undefined ||
    Object.values(LEGACY_BASES).some((bases) => Object.hasOwn(bases, baseId));
  if (!knownBase)
    return fail('unknown-base', `the link starts from a scenario this planner does not have: '${baseId}'`);
  const bytes = base64UrlToBytes(data);
  if (!bytes || bytes.length === 0)
    return fail('corrupt', 'the link is damaged: its data is not valid base64url');
  const inflated = inflateCapped(bytes, MAX_INFLATED_BYTES);
  if (inflated === 'too-large')
    return fail('too-large', `the link unpacks to more than ${MAX_INFLATED_BYTES} bytes`);
  if (inflated === 'corrupt')
    return fail('corrupt', 'the link is damaged or cut short: its data does not unpack');
  let payload: unknown;
  try {
    payload = JSON.parse(decoder.decode(inflated));
  } catch {
    return fail('corrupt', 'the link is damaged: its data is not JSON');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return fail('corrupt', 'the link is damaged: its data is not a scenario change');
  }
  const { v, h, p } = payload as Record<string, unknown>;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    return fail('corrupt', 'the link is damaged: it names no scenario version');
  }
  if (v > SCENARIO_VERSION) {
    return fail(
      'unknown-version',
      `the link was made by a newer planner (scenario version ${v}); update to open it`,
    );
  }
  const legacy = Object.hasOwn(LEGACY_BASES, v) ? LEGACY_BASES[v] : undefined;
  const base =
    v === SCENARIO_VERSION
      ? builtInScenario(baseId)
      : legacy && Object.hasOwn(legacy, baseId)
        ? legacy[baseId]
        : undefined;
  if (!base)
    return fail('unknown-base', `the link starts from a scenario this planner does not have: '${baseId}'`);
  const patched = applyPatch(base, p);
  if (!patched.ok) return fail('corrupt', `the link is damaged: ${patched.message}`);
  const loaded = loadScenario(patched.value);
  if (!loaded.ok) {
    return fail(
      'invalid',
      `the link's scenario is not valid: ${loaded.issues[0]?.message ?? ''}`,
      loaded.issues,
    );
  }
  const warnings: string[] = [];
  if (typeof h === 'string' && h !== fingerprint(base)) {
    warnings.push(
      `the built-in scenario '${baseId}' has changed since this link was made; unchanged fields follow today's version`,
    );
  }
  return { ok: true, scenario: loaded.scenario, baseId, warnings };
}
