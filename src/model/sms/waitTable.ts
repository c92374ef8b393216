/**
 * The steady stream's waiting-time distribution, tabulated once per gateway (a pure function of its
 * rate, channels, service-time law and delay target; shared by every replication in a worker) on a
 * grid of utilisations, each row the survival P(W > x) at the delay histogram's bin edges.
 *
 * An hour of stream from an empty queue is taken to be in steady state at its utilisation ρ = its
 * arrival rate ÷ the gateway's rate (the queue forgets its start within minutes at the loads where
 * waits matter: the relaxation time of M/D/1 is about D ÷ (1 − √ρ)², e.g. 13 min at ρ = 0.79 with
 * D = 10 s). Its law is
 * - deterministic service (the CMPP contract speed: every message takes c ÷ rate seconds on one of c
 *   channels): M/D/c, solved exactly (mdcQueue.ts);
 * - exponential service: M/M/c, P(W > x) = C(c, a)·e^{−rate·(1 − ρ)·x}, C Erlang's C formula.
 * Rows sit at u = −ln(1 − ρ) = ℓ·Δu, ℓ = 0..LEVELS−1 (ρ from 0 to 0.995, finer where waits grow
 * fastest); an hour between two rows counts in both in proportion (linear in u), which moves a
 * percentile by well under its bin width (tested against the exact law at off-grid ρ). Hours above
 * the top row (0.995 ≤ ρ < 1) count at the top row: an underestimate, as no steady state is reached
 * there within an hour anyway; ρ ≥ 1 builds a backlog, which the fluid gateway carries.
 * Rows are built when first needed.
 */
import { BINS, DELAY_EDGES } from './delayHistogram.ts';
import { erlangC, mdcWaitSurvival, solveMdc } from './mdcQueue.ts';

export const LEVELS = 160;
export const TOP_RHO = 0.995;
const DELTA_U = -Math.log(1 - TOP_RHO) / (LEVELS - 1);
/** 1 ÷ the rows' spacing in u = −ln(1 − ρ). */
export const INV_DELTA_U = 1 / DELTA_U;
/** Survival below this is taken as 0 (the row's last bins). */
const NEGLIGIBLE = 1e-13;

export type ServiceTimeLaw = 'deterministic' | 'exponential';

export interface WaitRow {
  rho: number;
  /** P(W > 0). */
  waitProbability: number;
  meanWaitSeconds: number;
  /** P(W > the delay target). */
  overTarget: number;
  /** P(W > DELAY_EDGES[b]), b = 0..BINS; 0 from `lastBin + 1` on. */
  survival: Float64Array;
  /** Highest b with survival[b] > 0 (−1: none). */
  lastBin: number;
  /**
   * Extremal index θ of the waits: the reciprocal of the mean number of waits above a high level in
   * one cluster (busy spell). M/M/c: θ = (1 − ρ)², exact (the all-busy spells are an M/M/1 walk:
   * cluster rate λ·π_{c−1}·(1 − ρ)·ρ·e^{−γx} over exceedance rate λ·C·e^{−γx}). M/D/c:
   * θ ≈ (1 − ρ)²(1 + ρ) — it tends to the heavy-traffic 2(1 − ρ)²/(c_a² + c_s²) with c_s = 0, and
   * within the noise of a 4·10⁶-message M/D/1 simulation at ρ = 0.3, 0.53, 0.79, 0.9 (0.62, 0.31,
   * 0.07, 0.02–0.035 measured; 0.64, 0.34, 0.079, 0.019 by the formula).
   */
  extremalIndex: number;
}

/** The utilisation of row ℓ. */
export function levelRho(level: number): number {
  return -Math.expm1(-level * DELTA_U);
}

export class WaitTable {
  private readonly rows: (WaitRow | undefined)[] = new Array(LEVELS);

  constructor(
    readonly messagesPerSecond: number,
    readonly channels: number,
    readonly law: ServiceTimeLaw,
    readonly targetSeconds: number,
  ) {}

  /**
   * Row position of utilisation ρ: ℓ + f, 0 ≤ f < 1, clamped to the top row. Called once per hour of
   * stream: below ρ = 0.05 (most hours of most gateways) −ln(1 − ρ) comes from its series to ρ⁴,
   * whose error ρ⁵/5 < 7·10⁻⁸ is 2·10⁻⁶ of a row; above, from log1p.
   */
  position(rho: number): number {
    if (!(rho > 0)) return 0;
    if (rho < 0.05) return rho * (1 + rho * (0.5 + rho * (1 / 3 + rho * 0.25))) * INV_DELTA_U;
    if (rho >= TOP_RHO) return LEVELS - 1;
    return -Math.log1p(-rho) * INV_DELTA_U;
  }

  row(level: number): WaitRow {
    let row = this.rows[level];
    if (!row) {
      row = this.build(levelRho(level));
      this.rows[level] = row;
    }
    return row;
  }

  /** The row at an exact utilisation (not on the grid): for tests and one-off figures. */
  exact(rho: number): WaitRow {
    return this.build(rho);
  }

  private build(rho: number): WaitRow {
    const survival = new Float64Array(BINS + 1);
    if (!(rho > 0))
      return {
        rho,
        waitProbability: 0,
        meanWaitSeconds: 0,
        overTarget: 0,
        survival,
        lastBin: -1,
        extremalIndex: 1,
      };
    const c = this.channels;
    let at: (seconds: number) => number;
    let waitProbability: number;
    let meanWaitSeconds: number;
    if (this.law === 'exponential') {
      const pWait = erlangC(c, rho);
      const decay = this.messagesPerSecond * (1 - rho);
      at = (x) => pWait * Math.exp(-decay * x);
      waitProbability = pWait;
      meanWaitSeconds = pWait / decay;
    } else {
      const serviceSeconds = c / this.messagesPerSecond;
      const queue = solveMdc(c, rho);
      at = (x) => mdcWaitSurvival(queue, x / serviceSeconds);
      waitProbability = queue.waitProbability;
      meanWaitSeconds = queue.meanWaitInServices * serviceSeconds;
    }
    let lastBin = -1;
    for (let b = 0; b <= BINS; b++) {
      const s = at(DELAY_EDGES[b]);
      if (s < NEGLIGIBLE) break;
      survival[b] = s;
      lastBin = b;
    }
    const extremalIndex = (1 - rho) * (1 - rho) * (this.law === 'exponential' ? 1 : 1 + rho);
    return {
      rho,
      waitProbability,
      meanWaitSeconds,
      overTarget: at(this.targetSeconds),
      survival,
      lastBin,
      extremalIndex,
    };
  }
}

const TABLES = new Map<string, WaitTable>();

/**
 * The table of a gateway, shared by every replication (and scenario) with the same parameters in
 * this worker; bounded, since a session may try many gateways.
 */
export function waitTableFor(
  messagesPerSecond: number,
  channels: number,
  law: ServiceTimeLaw,
  targetSeconds: number,
): WaitTable {
  const key = `${messagesPerSecond}|${channels}|${law}|${targetSeconds}`;
  let table = TABLES.get(key);
  if (!table) {
    if (TABLES.size >= 32) TABLES.clear();
    table = new WaitTable(messagesPerSecond, channels, law, targetSeconds);
    TABLES.set(key, table);
  }
  return table;
}
