/**
 * A copy that cannot finish before the exit, for the migration answer's tests: 150 TB at 800 Mbit/s
 * on an idle line in a 336-h window — 150·8·10⁶/800/3600 = 416.7 h needed, 80.7 h short,
 * 336·3600·800/8·10⁶ = 120.96 TB copied (29.04 left), 150·8·10⁶/(336·3600) = 992.1 Mbit/s needed.
 */
import type { MigrationSummary, Spread } from '../../src/results/migrationSummary.ts';

/** A spread whose every figure is `v`. */
export const one = (v: number): Spread => ({ p5: v, p50: v, p95: v, mean: v });

const needed = (150 * 8e6) / 800 / 3600; // 416.67 h

/** The copy, with the live traffic it left unserved (GB). */
export function missingCopy(liveUnservedGb: number): MigrationSummary {
  return {
    timelineIndex: 1,
    kind: 'migrate-out',
    date: '2025-03-02',
    deadlineDate: '2025-03-16',
    deadlineKind: 'exit',
    wholeEstate: true,
    systemIds: [],
    dataTb: 150,
    linkMbps: 800,
    policy: 'hold',
    windowHours: 336,
    idleLineHours: needed,
    requiredMbps: (150 * 8e6) / (336 * 3600),
    replications: 4,
    durationHours: one(needed),
    finishProbability: 0,
    hoursShort: one(needed - 336),
    remainingTbAtDeadline: one(150 - (336 * 3600 * 800) / 8e6),
    meanRateMbps: one(800),
    lineFullHours: one(336),
    liveUnservedGb: one(liveUnservedGb),
  };
}
