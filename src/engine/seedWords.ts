/**
 * The seed derivation of seed.ts (SplitMix64 path hashing) computed on 64-bit values held as two
 * uint32 halves in plain numbers, with no BigInt: a replication creates dozens of streams (one per
 * host, system and database node), and the BigInt version allocated ~330 KB per replication. The
 * results are the same bits as seed.ts's, which stays the readable reference (tests compare them).
 *
 * 64-bit arithmetic here: a 32×32-bit product is split into 16-bit pieces so that every partial
 * product and sum is an exact double; the high words of a 64×64 product mod 2^64 take Math.imul.
 * Results land in the module's (hi, lo) registers, so nothing is allocated per operation.
 */
import { assertSeed, type Seed, type SeedComponent } from './seed.ts';

const TWO_32 = 4294967296;
// GOLDEN_GAMMA 0x9e3779b97f4a7c15, the mixers' multipliers, the tags and π's fraction, as halves.
const GAMMA_HI = 0x9e3779b9;
const GAMMA_LO = 0x7f4a7c15;
const M1_HI = 0xbf58476d;
const M1_LO = 0x1ce4e5b9;
const M2_HI = 0x94d049bb;
const M2_LO = 0x133111eb;
const TAG_INTEGER = 0x494e54;
const TAG_STRING = 0x535452;
const START_HI = 0x243f6a88;
const START_LO = 0x85a308d3;

let hi = 0;
let lo = 0;

/** (hi, lo) ← (ah, al) × (bh, bl) mod 2^64, all halves uint32. */
function mul(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const carryHi = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + Math.floor(mid / 65536);
  lo = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  hi = (carryHi + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/** (hi, lo) ← SplitMix64's finaliser of (h, l). */
function mix(h: number, l: number): void {
  // z ^= z >> 30; z *= M1; z ^= z >> 27; z *= M2; z ^= z >> 31
  let zl = (l ^ ((l >>> 30) | (h << 2))) >>> 0;
  let zh = (h ^ (h >>> 30)) >>> 0;
  mul(zh, zl, M1_HI, M1_LO);
  zl = (lo ^ ((lo >>> 27) | (hi << 5))) >>> 0;
  zh = (hi ^ (hi >>> 27)) >>> 0;
  mul(zh, zl, M2_HI, M2_LO);
  zl = (lo ^ ((lo >>> 31) | (hi << 1))) >>> 0;
  zh = (hi ^ (hi >>> 31)) >>> 0;
  hi = zh;
  lo = zl;
}

/** (hi, lo) ← (h, l) + GOLDEN_GAMMA mod 2^64. */
function addGamma(h: number, l: number): void {
  const sum = l + GAMMA_LO;
  lo = sum >>> 0;
  hi = (h + GAMMA_HI + (sum >= TWO_32 ? 1 : 0)) >>> 0;
}

/** (hi, lo) ← absorb((h, l), (wh, wl)) = mix(((h, l) ^ (wh, wl)) + GOLDEN_GAMMA). */
function absorb(h: number, l: number, wh: number, wl: number): void {
  addGamma((h ^ wh) >>> 0, (l ^ wl) >>> 0);
  mix(hi, lo);
}

/** (hi, lo) ← the hash so far absorbing one path component (as seed.ts's absorbComponent). */
function absorbComponent(component: SeedComponent): void {
  if (typeof component === 'number') {
    if (!Number.isSafeInteger(component)) {
      throw new RangeError(`seed component ${component} must be a safe integer or a string`);
    }
    absorb(hi, lo, 0, TAG_INTEGER);
    // Two's complement over 64 bits: |component| < 2^53, so the high half is exact.
    const high = Math.floor(component / TWO_32);
    absorb(hi, lo, high >>> 0, (component - high * TWO_32) >>> 0);
    return;
  }
  const length = component.length;
  // TAG_STRING ^ (length << 24) over 64 bits.
  absorb(hi, lo, Math.floor(length / 256) >>> 0, (TAG_STRING ^ ((length & 0xff) << 24)) >>> 0);
  for (let i = 0; i < length; i += 4) {
    const c0 = component.charCodeAt(i);
    const c1 = i + 1 < length ? component.charCodeAt(i + 1) : 0;
    const c2 = i + 2 < length ? component.charCodeAt(i + 2) : 0;
    const c3 = i + 3 < length ? component.charCodeAt(i + 3) : 0;
    absorb(hi, lo, ((c3 << 16) | c2) >>> 0, ((c1 << 16) | c0) >>> 0);
  }
}

/** (hi, lo) ← the 64-bit key of (seed, ...path), as seed.ts's hashSeedPath. */
function hashPath(seed: Seed, path: readonly SeedComponent[]): void {
  assertSeed(seed);
  hi = START_HI;
  lo = START_LO;
  absorbComponent(seed);
  for (let i = 0; i < path.length; i++) absorbComponent(path[i]);
}

/** deriveSeed of seed.ts: the top 53 bits of the path key, as a number. */
export function deriveSeedFast(seed: Seed, path: readonly SeedComponent[]): number {
  hashPath(seed, path);
  return hi * 2097152 + (lo >>> 11);
}

/**
 * The xoshiro128** state of the stream (seed, ...path): the first two SplitMix64 outputs of the path
 * key, low half first, as int32 words.
 */
export function streamStateWords(seed: Seed, path: readonly SeedComponent[], out: Int32Array): void {
  hashPath(seed, path);
  addGamma(hi, lo);
  const stateHi = hi;
  const stateLo = lo;
  mix(stateHi, stateLo);
  out[0] = lo | 0;
  out[1] = hi | 0;
  addGamma(stateHi, stateLo);
  mix(hi, lo);
  out[2] = lo | 0;
  out[3] = hi | 0;
}
