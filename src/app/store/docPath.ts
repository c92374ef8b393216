/** Immutable reads and writes at a path in a plain-JSON scenario document. */
import type { DocPath } from './types.ts';

export function getAtPath(doc: unknown, path: DocPath): unknown {
  let node: unknown = doc;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * Returns a copy of `doc` with `value` at `path`, copying only the objects along the path (the rest
 * is shared, so the undo stack stays cheap). Missing objects along the path are created.
 */
export function setAtPath<T>(doc: T, path: DocPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const source = (doc !== null && typeof doc === 'object' ? doc : {}) as Record<string | number, unknown>;
  const copy: Record<string | number, unknown> = Array.isArray(source)
    ? ([...source] as unknown as Record<number, unknown>)
    : { ...source };
  copy[head] = setAtPath(source[head], rest, value);
  return copy as T;
}
