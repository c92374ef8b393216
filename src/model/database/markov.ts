/**
 * Closed forms for a cluster of identical nodes that fail and are repaired independently (each node
 * fails at rate λ = 1/MTBF and is repaired at rate μ = 1/MTTR by its own crew): the reference the
 * simulated database availability is tested against, and what the UI can show beside it.
 */

/** Steady-state probability that one node is down: q = λ/(λ+μ) = MTTR/(MTBF+MTTR). */
export function nodeDownProbability(mtbfHours: number, mttrHours: number): number {
  return mttrHours / (mtbfHours + mttrHours);
}

/** P(all `nodes` down) = q^nodes (independent nodes and repair crews). */
export function allDownProbability(nodes: number, mtbfHours: number, mttrHours: number): number {
  return nodeDownProbability(mtbfHours, mttrHours) ** nodes;
}

/**
 * Availability of a two-node active-standby cluster:
 *   A = 1 − q² − p² · λ · f
 * q² = P(both down); p² · λ = rate of failovers (the active fails while the standby is up: both up
 * with probability p² = (1 − q)², the active then fails at rate λ); f = failover outage in hours.
 * Exact for the Markov chain up to the overlap of a failover window with a second failure (order
 * λ·f smaller again), which the simulation resolves and this formula ignores.
 */
export function activeStandbyAvailability(
  mtbfHours: number,
  mttrHours: number,
  failoverSeconds: number,
): number {
  const q = nodeDownProbability(mtbfHours, mttrHours);
  const p = 1 - q;
  const failoverHours = failoverSeconds / 3600;
  return 1 - q * q - p * p * (1 / mtbfHours) * failoverHours;
}

/** Failovers per hour in steady state for the same cluster: p² · λ. */
export function activeStandbyFailoverRatePerHour(mtbfHours: number, mttrHours: number): number {
  const p = 1 - nodeDownProbability(mtbfHours, mttrHours);
  return (p * p) / mtbfHours;
}

/** A cluster's steady state from its Markov chain (exponential failures and repairs). */
export interface ClusterSteadyState {
  /** P(j nodes down), j = 0..nodes. */
  downProbabilities: number[];
  /** P(no node up). */
  allDown: number;
  /**
   * Share of time lost to failover windows, session-weighted: λ·f × P(≥ 2 nodes up). Active-standby:
   * the active node fails at rate λ while another is up and every session waits f; active-active:
   * each of the k up nodes fails at rate λ and interrupts its 1/k of the sessions for f — the same
   * λ·f. (Like activeStandbyAvailability, it ignores a second failure inside a window: order λ·f.)
   */
  failoverLoss: number;
  /** 1 − allDown − failoverLoss. */
  availability: number;
}

/**
 * Birth–death chain of `nodes` identical nodes with `crews` repair crews: in state j (nodes down)
 * failures come at rate (nodes − j)·λ and repairs at min(j, crews)·μ, so
 *   π_{j+1} = π_j · (nodes − j)·λ ÷ (min(j + 1, crews)·μ).
 * With crews = nodes the nodes are independent (π_nodes = q^nodes); with one crew for two nodes,
 * P(both down) = 2r² ÷ (1 + 2r + 2r²), r = λ/μ = MTTR/MTBF.
 */
export function clusterSteadyState(
  nodes: number,
  crews: number,
  mtbfHours: number,
  mttrHours: number,
  failoverSeconds: number,
): ClusterSteadyState {
  const lambda = 1 / mtbfHours;
  const mu = 1 / mttrHours;
  const k = Math.max(1, Math.min(crews, nodes));
  const weights = [1];
  for (let j = 0; j < nodes; j++)
    weights.push((weights[j] * (nodes - j) * lambda) / (Math.min(j + 1, k) * mu));
  const total = weights.reduce((a, b) => a + b, 0);
  const downProbabilities = weights.map((w) => w / total);
  let twoOrMoreUp = 0;
  for (let j = 0; j <= nodes - 2; j++) twoOrMoreUp += downProbabilities[j];
  const allDown = downProbabilities[nodes];
  const failoverLoss = lambda * (failoverSeconds / 3600) * twoOrMoreUp;
  return { downProbabilities, allDown, failoverLoss, availability: 1 - allDown - failoverLoss };
}
