/**
 * Service availability for clause 2.2.4 ("如系统发生故障影响使用并造成重大影响的，要根据实际情况进行
 * 打折支付": a fault that affects use reduces the payment): the share of the month the service was
 * delivered, from every part the clause covers that the scenario counts
 * (`contract.serviceAvailability.parts`, all three when absent):
 * - database: `dbAvailability` — 1 − session-weighted minutes lost (failovers, all nodes down);
 * - compute: `computeAvailability` — 1 − VM-minutes out because a host failed (HA restarts and
 *   waits for capacity) ÷ VM-minutes of the estate;
 * - egress: `egressAvailability` — 1 − traffic the internet line could not carry ÷ traffic offered.
 * The month's `serviceAvailability` is their product: the share of service with every counted part
 * working, treating the parts' losses as independent (to first order, 1 − the sum of the losses).
 * Installed after the models it reads; no events, no randomness.
 */
import type { ServicePart } from '../../scenario/sections/contract.ts';
import { SERVICE_PARTS } from '../../scenario/sections/modelConstants.ts';
import type { ModelContext } from '../context.ts';

/** The monthly series each part's availability is read from. */
export const SERVICE_PART_SERIES: Readonly<Record<ServicePart, string>> = {
  database: 'dbAvailability',
  compute: 'computeAvailability',
  egress: 'egressAvailability',
};

/** The parts a scenario counts (all of them when it does not say). */
export function countedParts(parts: readonly ServicePart[] | undefined): readonly ServicePart[] {
  return parts ?? SERVICE_PARTS;
}

export function installServiceAvailability(ctx: ModelContext): void {
  const { recorder } = ctx;
  const names = countedParts(ctx.scenario.contract.serviceAvailability?.parts).map(
    (p) => SERVICE_PART_SERIES[p],
  );
  ctx.onMonthEnd((m) => {
    let availability = 1;
    for (const name of names) if (recorder.has(name)) availability *= recorder.series(name)[m];
    recorder.set('serviceAvailability', m, availability);
  });
}
