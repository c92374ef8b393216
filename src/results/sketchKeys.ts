/**
 * A quantile sketch whose merge is exact in any order: values fall into logarithmic buckets (DDSketch
 * style) and a bucket keeps integer counts plus its exact extremes, so two sketches of disjoint samples
 * merge into the sketch of their union whatever the grouping — summaries built on it are byte-identical
 * for any number of workers and any arrival order.
 *
 * Buckets come from a double's bits, not a logarithm (so every engine computes the same key): the
 * 11-bit exponent and the top SUB_BITS = 9 bits of the mantissa. A bucket spans [2^e·(1 + j/512),
 * 2^e·(1 + (j+1)/512)), a relative width of at most 2^−9, so its midpoint is within RELATIVE_ACCURACY =
 * 2^−10 (≈ 0.098 %, "0.1 %") of any value in it. Between 0.5 and 1 the buckets are those of 1 − |v|
 * instead (exact there): an availability of 0.99998 is told from 0.9999 (the error is within 2^−10 of
 * the distance to 1, not of 1). Negative values mirror positive ones; −0 counts as 0; ±∞ and NaN have
 * buckets of their own (NaN sorts last, as Float64Array#sort puts it). `errorBound` states the bound.
 *
 * Each bucket also keeps its least and greatest value and how many times each occurred. An order
 * statistic that is the first or last of its bucket — and every one in a bucket holding at most two
 * distinct values — is therefore exact: integer series below 1,024, constant columns, atoms such as
 * an availability of exactly 1 or a count of 0 come out exactly as a sort would give them. Only a rank
 * strictly inside a bucket of three or more distinct values is estimated (the midpoint, clamped to the
 * bucket's extremes), within `errorBound` of the true order statistic.
 *
 * A cell may also have a resolution 2^k (sketchResolution below): below 1,024 × 2^k — and, when that
 * is under 0.5, for distances to 1 below it — buckets are 2^k wide instead, so that a series whose
 * values spread over many octaves far below anything a reader can tell apart (0.0002 h above a link's
 * capacity, an availability of 0.99999994) keeps a few buckets, not one per value. Its estimates are
 * within the larger of 2^−10 of the value and 2^(k−1).
 */

export const SUB_BITS = 9;
/** Bound on |estimate − true order statistic| / |true order statistic| (finite, normal values). */
export const RELATIVE_ACCURACY = 2 ** -(SUB_BITS + 1);

/** The most an estimate of an order statistic equal to `v` can be off (see the module comment). */
export function errorBound(v: number, resolution?: Resolution): number {
  const a = Math.abs(v);
  const relative = RELATIVE_ACCURACY * (a >= 0.5 && a < 1 ? 1 - a : a);
  return resolution ? Math.max(relative, resolution.delta / 2) : relative;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
if (new Uint8Array(Uint16Array.of(1).buffer)[0] !== 1)
  throw new Error('quantile sketch: needs a little-endian host');

/** Raw magnitude key of 0.5 (exponent 1022): [0.5, 1) is keyed by 1 − |v| instead. */
const HALF = 1022 << SUB_BITS;
/** Raw magnitude key of +∞, and the shift of raw keys ≥ 1 past the complement keys of [0.5, 1). */
const RAW_INFINITY = 2047 << SUB_BITS;
const SHIFT = HALF + 1 - (1 << SUB_BITS);
export const POS_INF_KEY = RAW_INFINITY + SHIFT;
export const NEG_INF_KEY = -1 - POS_INF_KEY;
/** Key of NaN: above +∞. */
export const NAN_KEY = 1 << 21;

/** The exponent and top mantissa bits of |a| (a ≥ 0, not NaN). */
function rawKey(a: number): number {
  F64[0] = a;
  return (U32[1] & 0x7fffffff) >>> (20 - SUB_BITS);
}

/** The bucket of |v|, in an order that follows |v|. */
function magnitudeKey(a: number): number {
  const raw = rawKey(a);
  if (raw < HALF) return raw;
  if (raw < HALF + (1 << SUB_BITS)) return 2 * HALF - rawKey(1 - a); // 1 − a is exact here (Sterbenz)
  return raw + SHIFT;
}

/** The bucket of `v`: keys order as their values do. */
export function bucketKey(v: number, resolution?: Resolution): number {
  if (Number.isNaN(v)) return NAN_KEY;
  const x = v + 0; // −0 → 0
  if (resolution && Number.isFinite(x))
    return x < 0 ? -1 - magnitudeKeyAt(-x, resolution) : magnitudeKeyAt(x, resolution);
  return x < 0 ? -1 - magnitudeKey(-x) : magnitudeKey(x);
}

/** Least value of a raw magnitude bucket. */
function rawLow(raw: number): number {
  U32[1] = raw << (20 - SUB_BITS);
  U32[0] = 0;
  return F64[0];
}

/** A value inside bucket `key` within `errorBound` of every value the bucket can hold. */
export function bucketMidpoint(key: number, resolution?: Resolution): number {
  if (key === NAN_KEY) return Number.NaN;
  const negative = key < 0;
  const k = negative ? -1 - key : key;
  const linear = resolution && k < POS_INF_KEY ? linearMidpoint(k, resolution) : undefined;
  let mid: number;
  if (linear !== undefined) mid = linear;
  else if (k >= POS_INF_KEY) mid = Number.POSITIVE_INFINITY;
  else if (k < HALF) mid = (rawLow(k) + rawLow(k + 1)) / 2;
  else if (k <= 2 * HALF) {
    const u = 2 * HALF - k; // the bucket of 1 − |v|
    mid = 1 - (rawLow(u) + rawLow(u + 1)) / 2;
  } else mid = (rawLow(k - SHIFT) + rawLow(k - SHIFT + 1)) / 2;
  return negative ? -mid : mid;
}

/**
 * A cell's resolution: values (and, when t ≤ 0.5, distances to 1) below t = 1,024 × delta fall into
 * 1,024 buckets delta wide, keyed just below the key of t, so keys still order as values do.
 */
export interface Resolution {
  /** delta = 2^exponent. */
  exponent: number;
  delta: number;
  t: number;
  /** Key of the first linear bucket (the key of t minus 1,024). */
  low: number;
}

const resolutions = new Map<number, Resolution>();

/** The resolution 2^exponent (exponent an integer in −40…−1), or undefined for 0 (none). */
export function sketchResolution(exponent: number): Resolution | undefined {
  if (exponent === 0) return undefined;
  if (!Number.isInteger(exponent) || exponent < -40 || exponent > -1)
    throw new RangeError(`sketch resolution 2^${exponent}: the exponent must be an integer in −40…−1`);
  let r = resolutions.get(exponent);
  if (!r) {
    const t = 2 ** (exponent + 10);
    const keyOfT = t <= 0.5 ? rawKey(t) : rawKey(t) + SHIFT;
    r = { exponent, delta: 2 ** exponent, t, low: keyOfT - 1024 };
    resolutions.set(exponent, r);
  }
  return r;
}

/** The bucket of |v| at a resolution (a ≥ 0, not NaN). */
function magnitudeKeyAt(a: number, r: Resolution): number {
  if (a < r.t) return r.low + Math.floor(a / r.delta); // exact: delta is a power of two
  if (r.t > 0.5 || a < 0.5 || a >= 1) return magnitudeKey(a);
  const u = 1 - a; // exact here (Sterbenz)
  return 2 * HALF - (u < r.t ? r.low + Math.floor(u / r.delta) : rawKey(u));
}

/** The midpoint of a linear bucket, or undefined when `k` (≥ 0) is not one. */
function linearMidpoint(k: number, r: Resolution): number | undefined {
  if (k >= r.low && k < r.low + 1024) return (k - r.low + 0.5) * r.delta;
  if (r.t <= 0.5 && k >= HALF && k <= 2 * HALF) {
    const u = 2 * HALF - k;
    if (u >= r.low && u < r.low + 1024) return 1 - (u - r.low + 0.5) * r.delta;
  }
  return undefined;
}
