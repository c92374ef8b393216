/**
 * Sums of doubles that are exact, so that they merge in any order and grouping to the same bits: a
 * floating-point sum depends on the order of its terms, which would make a mean depend on which
 * worker ran which batch. Every finite double is an integer multiple of 2^−1074, so each cell keeps
 * its sum as a fixed-point integer in LIMBS limbs of 32 bits (limb i counts units of 2^(32·i − 1074)),
 * each limb a double. Adding a value adds its 53-bit mantissa, shifted into place, as three 32-bit
 * chunks; a limb can take 2^20 such chunks before it could leave the exact-integer range of a double,
 * so limbs are normalised (carried) before that. A value repeated k times is added once, times k. Converting a sum back rounds once, correctly.
 * Non-finite values are not summed here: the sketch counts them (see cellBank.ts).
 */

export const LIMBS = 68;
/** Weight (values added, counted with multiplicity) a cell may take between normalisations: a chunk
 * is < 2^32, so a limb stays below 2^52. */
const LOAD_BEFORE_CARRY = 1 << 20;
const TWO32 = 2 ** 32;

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

export class ExactSums {
  limbs: Float64Array;
  private load: Float64Array;
  /** Limbs [low[c], high[c]) of cell c may be non-zero; the rest are 0 (low = LIMBS: none). */
  private low: Uint8Array;
  private high: Uint8Array;

  constructor(public cells: number) {
    this.limbs = new Float64Array(cells * LIMBS);
    this.load = new Float64Array(cells);
    this.low = new Uint8Array(cells).fill(LIMBS);
    this.high = new Uint8Array(cells);
  }

  /** Makes room for `cells` cells (new ones sum to 0); storage grows geometrically. */
  resize(cells: number): void {
    if (cells <= this.cells) return;
    if (cells * LIMBS > this.limbs.length) {
      const capacity = Math.max(cells, 2 * this.cells);
      const limbs = new Float64Array(capacity * LIMBS);
      limbs.set(this.limbs);
      const load = new Float64Array(capacity);
      load.set(this.load);
      const low = new Uint8Array(capacity).fill(LIMBS);
      low.set(this.low);
      const high = new Uint8Array(capacity);
      high.set(this.high);
      this.limbs = limbs;
      this.load = load;
      this.low = low;
      this.high = high;
    }
    this.cells = cells;
  }

  /** Adds a finite value to a cell (non-finite values are ignored). */
  add(cell: number, value: number): void {
    this.addMultiple(cell, value, 1);
  }

  /** Adds `times` (a whole number below 2^20) copies of a finite value to a cell. */
  addMultiple(cell: number, value: number, times: number): void {
    F64[0] = value;
    const lo = U32[0];
    const hi = U32[1];
    const exponent = (hi >>> 20) & 0x7ff;
    if (exponent === 0x7ff) return;
    let mHi = hi & 0xfffff;
    let p = 0; // bit position of the mantissa's last bit, in units of 2^−1074
    if (exponent !== 0) {
      mHi |= 0x100000;
      p = exponent - 1;
    }
    if (mHi === 0 && lo === 0) return;
    const s = p & 31;
    let c0: number;
    let c1: number;
    let c2: number;
    if (s === 0) {
      c0 = lo;
      c1 = mHi;
      c2 = 0;
    } else {
      c0 = (lo << s) >>> 0;
      c1 = ((mHi << s) | (lo >>> (32 - s))) >>> 0;
      c2 = mHi >>> (32 - s);
    }
    const limb = p >>> 5;
    const at = cell * LIMBS + limb;
    const a = this.limbs;
    if (this.load[cell] + times > LOAD_BEFORE_CARRY) this.normalize(cell);
    if (limb < this.low[cell]) this.low[cell] = limb;
    if (limb + 3 > this.high[cell]) this.high[cell] = limb + 3;
    const k = hi >>> 31 ? -times : times;
    a[at] += k * c0;
    a[at + 1] += k * c1;
    a[at + 2] += k * c2;
    this.load[cell] += times;
  }

  /** Adds limbs [from, from + values.length) of another sum (normalised) to a cell. */
  addLimbs(cell: number, from: number, values: Float64Array, offset: number, length: number): void {
    const a = this.limbs;
    const at = cell * LIMBS + from;
    // Normalised limbs are below 2^31 in magnitude: one merge weighs as one added value.
    if (this.load[cell] + 1 > LOAD_BEFORE_CARRY) this.normalize(cell);
    for (let i = 0; i < length; i++) a[at + i] += values[offset + i];
    if (from < this.low[cell]) this.low[cell] = from;
    if (from + length > this.high[cell]) this.high[cell] = from + length;
    this.load[cell] += 1;
  }

  /** Carries so that every limb but the top one lies in [−2^31, 2^31): the value is unchanged. */
  normalize(cell: number): void {
    const a = this.limbs;
    const base = cell * LIMBS;
    let high = this.high[cell];
    for (let i = this.low[cell]; i < LIMBS - 1 && (i < high || a[base + i] !== 0); i++) {
      const v = a[base + i];
      const carry = Math.floor((v + 2 ** 31) / TWO32);
      if (carry !== 0) {
        a[base + i] = v - carry * TWO32;
        a[base + i + 1] += carry;
        if (i + 2 > high) high = i + 2;
      }
    }
    this.high[cell] = high;
    this.load[cell] = 0;
  }

  /** The first and one-past-last non-zero limb of a normalised cell ([0, 0) when it sums to 0). */
  range(cell: number): [number, number] {
    const a = this.limbs;
    const base = cell * LIMBS;
    let from = this.low[cell];
    let to = this.high[cell];
    while (from < to && a[base + from] === 0) from++;
    while (to > from && a[base + to - 1] === 0) to--;
    return from < to ? [from, to] : [0, 0];
  }

  /** Empties one cell. */
  clearCell(cell: number): void {
    const base = cell * LIMBS;
    this.limbs.fill(0, base + this.low[cell], base + Math.max(this.low[cell], this.high[cell]));
    this.low[cell] = LIMBS;
    this.high[cell] = 0;
    this.load[cell] = 0;
  }

  /** The exact sum as an integer count of 2^−1074. */
  scaled(cell: number): bigint {
    this.normalize(cell);
    const a = this.limbs;
    const base = cell * LIMBS;
    const [from, to] = this.range(cell);
    let s = 0n;
    for (let i = to - 1; i >= from; i--) s = (s << 32n) + BigInt(a[base + i]);
    return s << BigInt(32 * from);
  }

  /** The sum, rounded once to the nearest double. */
  toNumber(cell: number): number {
    return scaledToNumber(this.scaled(cell));
  }

  clear(): void {
    this.limbs.fill(0);
    this.load.fill(0);
    this.low.fill(LIMBS);
    this.high.fill(0);
  }
}

/** s · 2^−1074 rounded to the nearest double (ties to even), as Number() rounds a BigInt. */
export function scaledToNumber(s: bigint): number {
  if (s === 0n) return 0;
  const negative = s < 0n;
  let m = negative ? -s : s;
  const bits = m.toString(2).length;
  let shift = 0;
  if (bits > 64) {
    // Keep 64 bits and fold what is dropped into a sticky last bit: Number() then rounds as it would
    // have rounded the whole integer (the rounding position, bit 11, is far above the sticky bit).
    shift = bits - 64;
    const dropped = m & ((1n << BigInt(shift)) - 1n);
    m >>= BigInt(shift);
    if (dropped !== 0n) m |= 1n;
  }
  const x = timesPowerOfTwo(Number(m), shift - 1074);
  return negative ? -x : x;
}

function timesPowerOfTwo(x: number, e: number): number {
  let v = x;
  let k = e;
  while (k > 1000) {
    v *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    v *= 2 ** -1000;
    k += 1000;
  }
  return v * 2 ** k;
}

/** The exact integer a scaled sum of integers stands for (s · 2^−1074 must be whole). */
export function scaledToInteger(s: bigint): bigint {
  return s >> 1074n;
}
