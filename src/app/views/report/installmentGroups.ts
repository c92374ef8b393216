/**
 * How the report's installment columns are grouped into tables that fit the width of an A4 page:
 * at most six columns a table (the signed term's six installments print as one table, a renewal's
 * twelve as two), the groups as even as they can be.
 */

/** Installment columns one A4 table holds. */
export const INSTALLMENTS_PER_TABLE = 6;

/** `xs` in consecutive groups of at most `size`, as even as they can be (7 → 4 + 3, not 6 + 1; 13 → 5 + 4 + 4). */
export function chunksOf<T>(xs: readonly T[], size: number): T[][] {
  if (size < 1) throw new RangeError(`a group holds at least one item, got ${size}`);
  const groups = Math.ceil(xs.length / size);
  const out: T[][] = [];
  let at = 0;
  for (let g = 0; g < groups; g++) {
    // The first (length mod groups) groups take one more: sizes differ by at most one (13 → 5 + 4 + 4).
    const n = Math.floor(xs.length / groups) + (g < xs.length % groups ? 1 : 0);
    out.push(xs.slice(at, at + n));
    at += n;
  }
  return out;
}
