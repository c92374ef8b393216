import { describe, expect, it } from 'vitest';
import { DemandMixture } from '../../../src/model/network/demandMixture.ts';
import { installNetwork } from '../../../src/model/network/installNetwork.ts';
import { lognormalParams } from '../../../src/model/network/normal.ts';
import { runReplication } from '../../../src/model/runReplication.ts';
import { BASELINE_ID, builtInScenario } from '../../../src/scenario/library.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

const baseline = builtInScenario(BASELINE_ID)!;

function withEgress(patch: Partial<Scenario['network']['egress']>, ddos = baseline.network.ddos): Scenario {
  return {
    ...baseline,
    network: { ...baseline.network, egress: { ...baseline.network.egress, ...patch }, ddos },
  };
}

describe('egress with no demand (issue 15: the p95 read 0.33 Mbit/s, the lowest bin of the table)', () => {
  it('reads p95 0, peak 0, nothing unserved and full availability', () => {
    const noAttacks = { ...baseline.network.ddos, eventsPerYear: 0 };
    const run = runReplication(withEgress({ baseMbps: 0, peakMbps: 0 }, noAttacks), 0, [installNetwork]);
    for (let m = 0; m < baseline.term.months; m++) {
      expect(run.series.egressP95Mbps[m]).toBe(0);
      expect(run.series.egressPeakMbps[m]).toBe(0);
      expect(run.series.egressUnservedGb[m]).toBe(0);
      expect(run.series.egressDemandGb[m]).toBe(0);
      expect(run.series.egressAvailability[m]).toBe(1);
    }
  });

  it('the mixture: zero-scale minutes sit at their exact demand, and a mostly idle month reads 0', () => {
    const { mu, sigma } = lognormalParams(1, 0.15);
    const mix = new DemandMixture(1000, mu, sigma);
    mix.add(96 * 60, Number.NEGATIVE_INFINITY, 0, 0); // 96 h of nothing
    mix.add(4 * 60, Math.log(500), 0, 0); // 4 h around 500 Mbit/s: 4 % of the minutes
    expect(mix.quantile(0.95)).toBe(0);
    expect(mix.quantile(0.99)).toBeGreaterThan(300);
    // A backup window (extra 60) over no background: exactly 60 Mbit/s.
    const backup = new DemandMixture(1000, mu, sigma);
    backup.add(60, Number.NEGATIVE_INFINITY, 60, 0);
    expect(backup.quantile(0.95)).toBeCloseTo(60, 6);
  });
});

describe('egress availability: the share of offered traffic the line carried', () => {
  it('is 1 − unserved ÷ demand, below 1 only when demand passes the line', () => {
    const calm = runReplication(withEgress({}, { ...baseline.network.ddos, eventsPerYear: 0 }), 0, [
      installNetwork,
    ]);
    const hot = runReplication(withEgress({ peakMbps: 1400 }), 0, [installNetwork]);
    for (let m = 0; m < baseline.term.months; m++) {
      expect(calm.series.egressAvailability[m]).toBe(
        1 - calm.series.egressUnservedGb[m] / calm.series.egressDemandGb[m],
      );
      expect(calm.series.egressAvailability[m]).toBeGreaterThan(0.9999);
      const { egressUnservedGb, egressDemandGb, egressAvailability } = hot.series;
      expect(egressAvailability[m]).toBeCloseTo(1 - egressUnservedGb[m] / egressDemandGb[m], 12);
    }
    expect(Math.min(...hot.series.egressAvailability)).toBeLessThan(0.999);
    // Demand volume = Σ hours × mean Mbit/s × 3600 s ÷ 8000 Mbit/GB: the baseline's egress averages
    // a few hundred Mbit/s, i.e. tens of thousands of GB a month.
    expect(calm.series.egressDemandGb[0]).toBeGreaterThan(10_000);
    expect(calm.series.egressDemandGb[0]).toBeLessThan(300_000);
  });
});
