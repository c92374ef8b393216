/**
 * What the recommender can size: ONE set of quotas and one host inventory for the whole term. A
 * scenario whose timeline changes the quotas (an amendment, a renewal term) or the hosts (hosts
 * added or retired) already answers part of that question its own way; sizing it again would
 * contradict those events, so the recommender refuses it and names the first such event.
 */
import type { Scenario } from '../scenario/schema.ts';

export type NotRecommendableReason = 'quota-change' | 'renew-term' | 'add-hosts' | 'retire-hosts';

export class NotRecommendableError extends Error {
  constructor(
    readonly reason: NotRecommendableReason,
    /** Index of the event in `timeline` (its field path is timeline[index]). */
    readonly timelineIndex: number,
  ) {
    super(
      `timeline[${timelineIndex}] (${reason}): the recommender sizes one set of quotas and hosts for the whole term, and this event changes them; remove it to get a recommendation`,
    );
    this.name = 'NotRecommendableError';
  }
}

const REASONS: readonly string[] = ['quota-change', 'renew-term', 'add-hosts', 'retire-hosts'];

/** Throws NotRecommendableError for the first timeline event that changes quotas or hosts. */
export function assertRecommendable(scenario: Pick<Scenario, 'timeline'>): void {
  const index = scenario.timeline.findIndex((e) => REASONS.includes(e.kind));
  if (index >= 0)
    throw new NotRecommendableError(scenario.timeline[index].kind as NotRecommendableReason, index);
}
