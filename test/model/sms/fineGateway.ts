/**
 * The fine reference for the SMS gateway: every message its own arrival time and service, FCFS over
 * `servers` parallel channels (a channel takes the next message when it frees up). Test-only.
 */

/** Queue delays (seconds) of messages arriving at the sorted times `arrivalSeconds`. */
export function fineGatewayDelays(
  arrivalSeconds: Float64Array,
  servers: number,
  serviceSeconds: () => number,
): Float64Array {
  const freeAt = new Float64Array(servers);
  const delays = new Float64Array(arrivalSeconds.length);
  for (let i = 0; i < arrivalSeconds.length; i++) {
    let k = 0;
    for (let s = 1; s < servers; s++) if (freeAt[s] < freeAt[k]) k = s;
    const start = Math.max(arrivalSeconds[i], freeAt[k]);
    delays[i] = start - arrivalSeconds[i];
    freeAt[k] = start + serviceSeconds();
  }
  return delays;
}

/** Erlang C: probability an arrival waits in M/M/c, offered load a = λ/μ. */
export function erlangC(servers: number, offeredLoad: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < servers; k++) {
    term *= offeredLoad / k;
    sum += term;
  }
  const last = (term * offeredLoad) / servers;
  const rho = offeredLoad / servers;
  const top = last / (1 - rho);
  return top / (sum + top);
}

/** Nearest-rank quantile of a sample. */
export function sampleQuantile(values: Float64Array, q: number): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}
