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
