/**
 * The wall-clock side of a replication's budget. The pure core never reads the clock; the runner
 * (a Web Worker or a Node worker thread) does, here: a watchdog per replication that the engine
 * calls every few thousand events and after each model's month end, naming the work done since the
 * last call. It adds the elapsed time to that work's owner and says stop once the limit is spent;
 * `heaviest` then names the model that took the most time, for the message.
 */
import type { ReplicationWatchdog } from '../model/runReplication.ts';
import type { Scenario } from '../scenario/schema.ts';
import { DEFAULT_REPLICATION_TIME_LIMIT_SECONDS } from '../scenario/sections/modelConstants.ts';

export function createWatchdog(
  limitSeconds: number,
  now: () => number = () => performance.now(),
): ReplicationWatchdog {
  const started = now();
  const limitMs = limitSeconds * 1000;
  let last = started;
  const spentMs = new Map<string, number>();
  return {
    limitSeconds,
    check(activity) {
      const t = now();
      spentMs.set(activity, (spentMs.get(activity) ?? 0) + (t - last));
      last = t;
      return t - started > limitMs;
    },
    heaviest() {
      let best: string | undefined;
      let most = -1;
      for (const [activity, ms] of spentMs) {
        if (ms > most) {
          best = activity;
          most = ms;
        }
      }
      return best;
    },
  };
}

/** The time limit of one replication of `scenario`, seconds (its own setting, or the default). */
export function replicationTimeLimitSeconds(scenario: Scenario): number {
  return scenario.simulation.replicationTimeLimitSeconds ?? DEFAULT_REPLICATION_TIME_LIMIT_SECONDS;
}
