/**
 * Seed derivation: turns a scenario seed and a path of names (stream names, replication indices)
 * into 64-bit keys, with SplitMix64 (Steele, Lea & Flood 2014; the seeder Vigna recommends for the
 * xoshiro family). BigInt is used because this runs once per stream or replication, never per draw.
 *
 * The hash of a path absorbs each component in order, tagged with its type and length, through the
 * SplitMix64 finaliser (a bijection on 64 bits), so ('a','bc') and ('ab','c') and (1) and ('1') all
 * give unrelated keys. The key of a path depends only on the seed and the names, never on how many
 * numbers any other stream has drawn.
 */

/** A seed as a scenario stores it: a non-negative safe integer (e.g. a uint32) or a non-empty string. */
export type Seed = number | string;
/** One component of a seed path: a stream name or an index such as a replication number. */
export type SeedComponent = string | number;

const MASK64 = (1n << 64n) - 1n;
const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;
const TAG_INTEGER = 0x494e54n; // 'INT'
const TAG_STRING = 0x535452n; // 'STR'
/** Starting value of every path hash (the 64-bit fraction of π), so an empty path is not key 0. */
const PATH_HASH_START = 0x243f6a8885a308d3n;

/** SplitMix64's output finaliser: a bijection on 64-bit integers with good avalanche. */
export function mix64(value: bigint): bigint {
  let z = value & MASK64;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return z ^ (z >> 31n);
}

/** The SplitMix64 generator: the standard way to expand one 64-bit key into generator state. */
export class SplitMix64 {
  private state: bigint;

  constructor(key: bigint) {
    this.state = key & MASK64;
  }

  /** Next 64-bit output, as a non-negative BigInt below 2^64. */
  next(): bigint {
    this.state = (this.state + GOLDEN_GAMMA) & MASK64;
    return mix64(this.state);
  }
}

function absorb(hash: bigint, word: bigint): bigint {
  return mix64(((hash ^ (word & MASK64)) + GOLDEN_GAMMA) & MASK64);
}

function absorbComponent(hash: bigint, component: SeedComponent): bigint {
  if (typeof component === 'number') {
    if (!Number.isSafeInteger(component)) {
      throw new RangeError(`seed component ${component} must be a safe integer or a string`);
    }
    return absorb(absorb(hash, TAG_INTEGER), BigInt.asUintN(64, BigInt(component)));
  }
  // Strings: tag and length, then the UTF-16 code units packed four to a 64-bit word.
  let h = absorb(hash, TAG_STRING ^ (BigInt(component.length) << 24n));
  for (let i = 0; i < component.length; i += 4) {
    let word = 0n;
    for (let j = 0; j < 4 && i + j < component.length; j++) {
      word |= BigInt(component.charCodeAt(i + j)) << BigInt(16 * j);
    }
    h = absorb(h, word);
  }
  return h;
}

/** Checks a seed as a scenario may hold it; throws a RangeError naming the problem otherwise. */
export function assertSeed(seed: Seed): void {
  if (typeof seed === 'string') {
    if (seed.length === 0) throw new RangeError('seed must not be an empty string');
  } else if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`seed ${seed} must be a non-negative safe integer or a non-empty string`);
  }
}

/** The 64-bit key of (seed, ...path). Deterministic across platforms; see the file comment. */
export function hashSeedPath(seed: Seed, path: readonly SeedComponent[]): bigint {
  assertSeed(seed);
  let hash = absorbComponent(PATH_HASH_START, seed);
  for (const component of path) hash = absorbComponent(hash, component);
  return hash;
}

/**
 * A child seed for (seed, ...names): replication i of a scenario runs with deriveSeed(scenarioSeed, i).
 * Returns an integer in [0, 2^53), so it is exact as a JS number, prints as itself in JSON and
 * URLs, and is itself a valid seed.
 */
export function deriveSeed(seed: Seed, ...names: SeedComponent[]): number {
  return Number(hashSeedPath(seed, names) >> 11n);
}
