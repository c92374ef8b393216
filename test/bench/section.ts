/**
 * The contract between `npm run bench` (run.ts) and its sections. Every file in test/bench/ that
 * exports `benchSection` is a section: run.ts finds it, runs it, and merges what it returns into
 * one JSON object (e.g. the kernel section returns `{ kernel: {...}, floor: {...} }`). Later issues
 * add sections (compute.*, traffic.*, monteCarlo.*, browser.*) by adding a file, not by editing run.ts.
 */

/** A JSON-safe tree of measurements: numbers, strings and booleans, nested by section. */
export interface BenchFields {
  [key: string]: number | string | boolean | BenchFields;
}

export interface BenchContext {
  /** Smaller workloads for a quick look (`--quick`); sections should still measure honestly. */
  readonly quick: boolean;
  /** Progress lines: go to stderr, so `--json` keeps stdout to the one JSON object. */
  log(line: string): void;
}

export interface BenchSection {
  /** Short name used by `--only NAME` and in progress lines. */
  readonly name: string;
  /** Sections run in ascending order (then by name); the kernel is 0. */
  readonly order?: number;
  /** Top-level fields this section contributes, e.g. `{ kernel: { eventsPerSecond: 1 } }`. */
  run(ctx: BenchContext): BenchFields | Promise<BenchFields>;
}
