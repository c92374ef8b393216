/**
 * A minimal JSON diff and its patch, for share links: the operations that turn a base document into
 * a target. Arrays are diffed index by index (or replaced whole when that is shorter); objects key by
 * key. applyPatch never throws and never writes a prototype key (__proto__, constructor, prototype):
 * a hostile patch gets a typed error instead.
 *
 * Operations (arrays, to stay short in a URL):
 *   [0, path, value]   set the value at path (the last key may append at an array's length)
 *   [1, path]          delete an object key
 *   [2, path, length]  truncate the array at path to length
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type PathKey = string | number;
export type PatchOp = [0, PathKey[], JsonValue] | [1, PathKey[]] | [2, PathKey[], number];
export type Patch = PatchOp[];

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Limits on what a patch may ask for, so decoding cannot run away. */
export const MAX_PATCH_OPS = 5_000;
export const MAX_PATH_DEPTH = 32;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function equalJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => equalJson(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return (
      ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && equalJson(a[k], b[k]))
    );
  }
  return false;
}

function size(ops: Patch): number {
  return JSON.stringify(ops).length;
}

function diffInto(base: unknown, target: unknown, path: PathKey[], out: Patch): void {
  if (equalJson(base, target)) return;
  if (isObject(base) && isObject(target)) {
    for (const key of Object.keys(base)) if (!Object.hasOwn(target, key)) out.push([1, [...path, key]]);
    for (const key of Object.keys(target)) {
      if (!Object.hasOwn(base, key)) out.push([0, [...path, key], target[key] as JsonValue]);
      else diffInto(base[key], target[key], [...path, key], out);
    }
    return;
  }
  if (Array.isArray(base) && Array.isArray(target)) {
    const byIndex: Patch = [];
    const common = Math.min(base.length, target.length);
    for (let i = 0; i < common; i++) diffInto(base[i], target[i], [...path, i], byIndex);
    for (let i = common; i < target.length; i++) byIndex.push([0, [...path, i], target[i] as JsonValue]);
    if (target.length < base.length) byIndex.push([2, path, target.length]);
    const whole: Patch = [[0, path, target as JsonValue]];
    out.push(...(size(byIndex) <= size(whole) ? byIndex : whole));
    return;
  }
  out.push([0, path, target as JsonValue]);
}

/** The operations that turn `base` into `target` (both plain JSON). Empty when they are equal. */
export function diffJson(base: unknown, target: unknown): Patch {
  const out: Patch = [];
  diffInto(base, target, [], out);
  return out;
}

export type PatchResult = { ok: true; value: JsonValue } | { ok: false; message: string };

function clone(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

function validKey(key: unknown): key is PathKey {
  if (typeof key === 'string') return key.length <= 200 && !FORBIDDEN_KEYS.has(key);
  return typeof key === 'number' && Number.isInteger(key) && key >= 0 && key <= 1_000_000;
}

/** Walks to the parent of `path`; undefined when a step is missing or of the wrong kind. */
function parentOf(root: JsonValue, path: readonly PathKey[]): JsonValue | undefined {
  let node: JsonValue = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    if (Array.isArray(node) && typeof key === 'number' && key < node.length) node = node[key];
    else if (isObject(node) && typeof key === 'string' && Object.hasOwn(node, key))
      node = node[key] as JsonValue;
    else return undefined;
  }
  return node;
}

function applyOp(root: JsonValue, op: unknown, index: number): { root: JsonValue } | string {
  if (!Array.isArray(op) || op.length < 2 || op.length > 3) return `op ${index}: not an operation`;
  const [kind, path] = op as [unknown, unknown];
  if (kind !== 0 && kind !== 1 && kind !== 2) return `op ${index}: unknown kind`;
  if (!Array.isArray(path) || path.length > MAX_PATH_DEPTH || !path.every(validKey)) {
    return `op ${index}: path is not a list of safe keys`;
  }
  if (path.length === 0) {
    return kind === 0 && op.length === 3
      ? { root: clone(op[2]) }
      : `op ${index}: only set may target the root`;
  }
  const parent = parentOf(root, path);
  const key = path[path.length - 1];
  if (parent === undefined) return `op ${index}: path ${path.join('.')} does not exist`;
  if (kind === 0) {
    if (op.length !== 3) return `op ${index}: set needs a value`;
    if (Array.isArray(parent) && typeof key === 'number' && key <= parent.length) parent[key] = clone(op[2]);
    else if (isObject(parent) && typeof key === 'string') {
      Object.defineProperty(parent, key, {
        value: clone(op[2]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else return `op ${index}: cannot set ${path.join('.')}`;
  } else if (kind === 1) {
    if (!isObject(parent) || typeof key !== 'string' || !Object.hasOwn(parent, key)) {
      return `op ${index}: cannot delete ${path.join('.')}`;
    }
    delete parent[key];
  } else {
    const target =
      Array.isArray(parent) && typeof key === 'number'
        ? parent[key]
        : isObject(parent)
          ? parent[key]
          : undefined;
    const length = op[2];
    if (!Array.isArray(target) || typeof length !== 'number' || !Number.isInteger(length) || length < 0) {
      return `op ${index}: cannot truncate ${path.join('.')}`;
    }
    if (length < target.length) target.length = length;
  }
  return { root };
}

/** Applies `patch` (untrusted) to a copy of `base`. Never throws; never mutates `base`. */
export function applyPatch(base: unknown, patch: unknown): PatchResult {
  try {
    if (!Array.isArray(patch)) return { ok: false, message: 'patch is not a list of operations' };
    if (patch.length > MAX_PATCH_OPS)
      return { ok: false, message: `patch has more than ${MAX_PATCH_OPS} operations` };
    let root = clone(base);
    for (let i = 0; i < patch.length; i++) {
      const result = applyOp(root, patch[i], i);
      if (typeof result === 'string') return { ok: false, message: result };
      root = result.root;
    }
    return { ok: true, value: root };
  } catch (error) {
    return { ok: false, message: `patch could not be applied: ${String(error).slice(0, 200)}` };
  }
}
