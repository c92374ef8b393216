/**
 * "How much more fits" at the end of a month, read at the risk level: VMs of the scenario's
 * headroom shape that still fit keeping the N+k reserve (the model's `headroomVms` series), storage
 * TB left, egress headroom at the P95 peak, and SMS left this contract year with a projection at
 * the pace so far. Pure arithmetic on the run's bands and the contract's quotas.
 */
import type { RunSummary } from '../../results/types.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { HEADROOM_SHAPE_DEFAULT } from '../../scenario/sections/compute.ts';
import type { RiskLevel } from '../store/types.ts';
import { readBand } from './reading.ts';

export interface SmsHeadroom {
  limit: number;
  /** Messages sent so far this contract year at the reading (YTD band at the end of `month`). */
  yearToDate: number;
  left: number;
  /** Months of the contract year elapsed at the end of `month` (1..12). */
  monthsElapsed: number;
  /** The year's total if the rest of it goes at the pace so far: yearToDate ÷ monthsElapsed × 12. */
  projectedYear: number;
  projectedLeft: number;
}

export interface HeadroomReading {
  month: number;
  shape: { vcpu: number; ramGb: number; diskGb: number };
  reserveHosts: number;
  /** Whole VMs of the shape that fit (band read at the reading, rounded down), or null without the series. */
  vms: number | null;
  storage: { limitTb: number; usedTb: number; leftTb: number } | null;
  egress: { limitMbps: number; p95Mbps: number; headroomMbps: number } | null;
  sms: SmsHeadroom | null;
}

export function headroomShapeOf(scenario: Scenario): { vcpu: number; ramGb: number; diskGb: number } {
  return scenario.compute.headroomShape ?? { ...HEADROOM_SHAPE_DEFAULT };
}

/** Pro-rates SMS use over the contract year that `month` (0-based from the term start) falls in. */
export function smsHeadroom(limit: number, yearToDate: number, month: number): SmsHeadroom {
  const monthsElapsed = (month % 12) + 1;
  const projectedYear = (yearToDate / monthsElapsed) * 12;
  return {
    limit,
    yearToDate,
    left: limit - yearToDate,
    monthsElapsed,
    projectedYear,
    projectedLeft: limit - projectedYear,
  };
}

export function headroomAt(
  summary: Pick<RunSummary, 'metrics'>,
  scenario: Scenario,
  month: number,
  risk: RiskLevel,
): HeadroomReading {
  const band = (name: string) => summary.metrics[name]?.band;
  const quotas = scenario.contract.quotas;
  const vmsBand = band('headroomVms');
  const vmsValue = vmsBand ? readBand(vmsBand, month, risk, 'low') : undefined;
  const storageBand = band('storageUsedTb');
  const usedTb = storageBand ? readBand(storageBand, month, risk) : undefined;
  const egressBand = band('egressP95Mbps');
  const p95Mbps = egressBand ? readBand(egressBand, month, risk) : undefined;
  const smsBand = band('smsYearToDate');
  const ytd = smsBand ? readBand(smsBand, month, risk) : undefined;
  return {
    month,
    shape: headroomShapeOf(scenario),
    reserveHosts: scenario.compute.haReserveHosts,
    vms: vmsValue === undefined ? null : Math.max(0, Math.floor(vmsValue + 1e-9)),
    storage:
      usedTb === undefined ? null : { limitTb: quotas.storageTb, usedTb, leftTb: quotas.storageTb - usedTb },
    egress:
      p95Mbps === undefined
        ? null
        : { limitMbps: quotas.egressMbps, p95Mbps, headroomMbps: quotas.egressMbps - p95Mbps },
    sms: ytd === undefined ? null : smsHeadroom(quotas.smsPerYear, ytd, month),
  };
}
