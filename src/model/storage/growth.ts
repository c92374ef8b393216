/**
 * Primary data of one system over the term (TB): zero before its onboarding month, a step to
 * `primaryTb` at the start of that month, growth from there, zero again from its decommissioning
 * month. Growth at t months after onboarding (fractional, pro-rated within a month):
 * compound P·(1 + r)^(t/12); linear P·(1 + r·t/12). r is the scenario's ratePerYear times a
 * per-replication factor (1 for deterministic runs).
 */
import type { GrowthSpec } from '../../scenario/sections/common.ts';

export function grownTb(
  primaryTb: number,
  growth: GrowthSpec,
  monthsSinceOnboard: number,
  rateFactor = 1,
): number {
  if (monthsSinceOnboard < 0) return 0;
  const r = growth.ratePerYear * rateFactor;
  return growth.kind === 'compound'
    ? primaryTb * (1 + r) ** (monthsSinceOnboard / 12)
    : primaryTb * (1 + (r * monthsSinceOnboard) / 12);
}

export interface SystemStorage {
  primaryTb: number;
  growth: GrowthSpec;
  onboardMonth: number;
  /** First month without the system; Infinity when never decommissioned. */
  decommissionMonth: number;
  rateFactor: number;
}

/**
 * Primary TB of a system at fractional term month `t` (t = m at the start of month m). A system
 * decommissioned at month k holds nothing from t = k on; one onboarded at month k holds primaryTb at t = k.
 */
export function systemPrimaryTb(s: SystemStorage, t: number): number {
  if (t < s.onboardMonth || t >= s.decommissionMonth) return 0;
  return grownTb(s.primaryTb, s.growth, t - s.onboardMonth, s.rateFactor);
}

/** Total primary TB over systems at fractional term month t. */
export function totalPrimaryTb(systems: readonly SystemStorage[], t: number): number {
  let sum = 0;
  for (const s of systems) sum += systemPrimaryTb(s, t);
  return sum;
}
