/**
 * Share links: the scenario travels in the URL hash as a versioned, compressed, minimal diff against
 * the built-in scenario it started from, so it never reaches a server and fits in a chat message,
 * together with the view state that changes figures on screen (shareView.ts), under a checksum:
 *
 *   #s=2.<baseId>.<base64url(deflate-raw(JSON payload))>.<checksum>
 *   payload  = { v: scenario version of the base, h: base fingerprint, p: patch (diff.ts), w?: view }
 *   w.x      = compare options carried whole, each a patch against the link's scenario (shareExtras.ts)
 *   checksum = CRC-32 of "2.<baseId>.<data>" (shareChecksum.ts)
 *
 * A link whose checksum does not match is refused, never opened as a different scenario. Format 1
 * links (no checksum, no view) still open, marked `checked: false`.
 *
 * Decoding never throws: garbage, truncated, oversized or hostile input returns a typed error naming
 * what is wrong. Sizes are capped before anything is parsed; bytes after the compressed data,
 * invalid UTF-8 and JSON nested deeper than a scenario can be are refused. A link made against an
 * older scenario version is patched onto that version's base (LEGACY_BASES) and migrated forward.
 */
import { deflateSync } from 'fflate';
import { base64UrlToBytes, bytesToBase64Url } from './base64url.ts';
import { applyPatch, diffJson } from './diff.ts';
import { LEGACY_BASES } from './legacyBases.ts';
import { builtInScenario } from './library.ts';
import { SCENARIO_VERSION, type Scenario } from './schema.ts';
import { decodeUtf8Strict, inflateExact, jsonDepth, MAX_JSON_DEPTH } from './shareBytes.ts';
import { CHECKSUM_CHARS, checksumMatches, checksumOf } from './shareChecksum.ts';
import { extrasFromWire, extrasToWire } from './shareExtras.ts';
import { type ShareView, viewFromWire, viewToWire } from './shareView.ts';
import { loadScenario, type ValidationIssue } from './validate.ts';

export type { ShareView } from './shareView.ts';

/** The format new links are written in. */
export const SHARE_FORMAT_VERSION = 2;
/** Formats this planner reads: 1 (no checksum, no view) and 2. */
export const SHARE_FORMATS_READ: readonly number[] = [1, 2];
/**
 * Longest hash accepted, characters. A scenario calibrated on three years of actuals, on a
 * contract renewed once, takes about 9,500; browsers take addresses far longer than this cap, and
 * a chat app that cuts a long link short is caught by the checksum. The cap stays under the
 * 131,072 bytes one command-line argument may hold, so the CLI can be given any link this makes.
 */
export const MAX_HASH_CHARS = 65_536;
/** Largest inflated payload accepted, bytes. */
export const MAX_INFLATED_BYTES = 262_144;

export type ShareErrorCode =
  | 'not-a-share-link'
  | 'unknown-version'
  | 'unknown-base'
  | 'corrupt'
  | 'checksum'
  | 'truncated'
  | 'too-large'
  | 'invalid';

export interface ShareError {
  code: ShareErrorCode;
  message: string;
  issues?: ValidationIssue[];
}

export type DecodeResult =
  | {
      ok: true;
      scenario: Scenario;
      baseId: string;
      /** The view state the link carries (empty for format 1). */
      view: ShareView;
      /** False for a format-1 link: it carries no checksum, so damage to it cannot be detected. */
      checked: boolean;
      warnings: string[];
    }
  | { ok: false; error: ShareError };

const encoder = new TextEncoder();

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

/**
 * The hash (with '#') for `scenario` as edited from the built-in `baseId`, with the view state
 * `view`. Throws on an unknown base.
 */
export function encodeShareHash(scenario: Scenario, baseId: string, view?: ShareView): string {
  const base = builtInScenario(baseId);
  if (!base) throw new Error(`encodeShareHash: unknown built-in scenario '${baseId}'`);
  return encodeAgainst(scenario, baseId, base, SCENARIO_VERSION, view);
}

/**
 * Encodes against an explicit base document of scenario version `version`; `format` 1 writes the
 * old form without view or checksum (tests build old links with it).
 */
export function encodeAgainst(
  doc: unknown,
  baseId: string,
  base: unknown,
  version: number,
  view?: ShareView,
  format: 1 | 2 = SHARE_FORMAT_VERSION,
): string {
  const x = format === 1 ? undefined : extrasToWire(doc, view?.extras);
  const viewWire = format === 1 ? undefined : viewToWire(view);
  const w = x ? { ...viewWire, x } : viewWire;
  const payload = { v: version, h: fingerprint(base), p: diffJson(base, doc), ...(w ? { w } : {}) };
  const bytes = deflateSync(encoder.encode(JSON.stringify(payload)), { level: 9 });
  const body = `${format}.${baseId}.${bytesToBase64Url(bytes)}`;
  return format === 1 ? `#s=${body}` : `#s=${body}.${checksumOf(body)}`;
}

function fail(code: ShareErrorCode, message: string, issues?: ValidationIssue[]): DecodeResult {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

const HASH_PATTERN = /^#?s=([0-9]{1,6})\.([a-z0-9][a-z0-9-]{0,63})\.([A-Za-z0-9_-]*)(?:\.([A-Za-z0-9_-]*))?$/;

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
  const [, formatText, baseId, data, checksum] = match;
  const format = Number(formatText);
  if (!SHARE_FORMATS_READ.includes(format)) {
    return fail(
      'unknown-version',
      `the link uses format ${format}; this planner reads formats ${SHARE_FORMATS_READ.join(' and ')}`,
    );
  }
  if (format === 1 && checksum !== undefined)
    return fail('corrupt', 'the link is damaged: a format-1 link has three parts');
  if (format >= 2) {
    if (checksum === undefined || checksum.length < CHECKSUM_CHARS)
      return fail('truncated', 'the link is cut short: its checksum (the last part) is missing');
    if (!checksumMatches(`${formatText}.${baseId}.${data}`, checksum))
      return fail(
        'checksum',
        'the link was changed or damaged on the way: its checksum does not match, so it was not opened',
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
  const inflated = inflateExact(bytes, MAX_INFLATED_BYTES);
  if (!inflated.ok && inflated.reason === 'too-large')
    return fail('too-large', `the link unpacks to more than ${MAX_INFLATED_BYTES} bytes`);
  if (!inflated.ok && inflated.reason === 'trailing-bytes')
    return fail('corrupt', 'the link is damaged: there are extra bytes after its compressed data');
  if (!inflated.ok) return fail('corrupt', 'the link is damaged or cut short: its data does not unpack');
  const text = decodeUtf8Strict(inflated.bytes);
  if (text === null) return fail('corrupt', 'the link is damaged: its data is not valid UTF-8 text');
  if (jsonDepth(text) > MAX_JSON_DEPTH)
    return fail('corrupt', `the link is damaged: its data nests deeper than ${MAX_JSON_DEPTH} levels`);
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return fail('corrupt', 'the link is damaged: its data is not JSON');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return fail('corrupt', 'the link is damaged: its data is not a scenario change');
  }
  const { v, h, p, w } = payload as Record<string, unknown>;
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
  const view = format >= 2 ? viewWithExtras(patched.value, w, warnings) : {};
  return { ok: true, scenario: loaded.scenario, baseId, view, checked: format >= 2, warnings };
}

/**
 * The view of a format-2 payload's `w`, with the carried compare options that its set names (each
 * a patch against `doc`, the link's scenario as encoded).
 */
function viewWithExtras(doc: unknown, w: unknown, warnings: string[]): ShareView {
  const x = typeof w === 'object' && w !== null && !Array.isArray(w) ? (w as { x?: unknown }).x : undefined;
  const extras = extrasFromWire(doc, x, warnings);
  const view = viewFromWire(w, warnings, new Set(Object.keys(extras)));
  const named = Object.keys(extras).filter((id) => view.compare?.includes(id));
  if (named.length > 0) view.extras = Object.fromEntries(named.map((id) => [id, extras[id]]));
  return view;
}
