/**
 * The largest estate the schema accepts, built on a scenario document: every size at once (500 hosts,
 * 300 systems of 4 VM groups, 5,000 VMs, 120 months, 50 SMS categories with 50 deadline spikes and 24
 * batches each, 200 bulk copies, a week-long DDoS every day, ten years of daily full backups). Kept
 * apart from extremeScenarios.ts, which reads the scenario library, so Playwright specs can use it too.
 */
import type { Scenario } from '../../src/scenario/schema.ts';

/** Every size at once on `base` (the baseline): the largest estate the schema accepts. */
export function largestEstateOf(base: Scenario): Scenario {
  const d = structuredClone(base);
  d.term.months = 120;
  d.contract.quotas.vmCount = 5000;
  d.compute.hosts = Array.from({ length: 500 }, (_, i) => ({
    id: `h-${i}`,
    vcpu: 1024,
    ramGb: 65536,
    diskTb: 10000,
  }));
  d.compute.systems = Array.from({ length: 300 }, (_, i) => ({
    id: `s-${i}`,
    name: `System ${i}`,
    nameZh: `系统${i}`,
    onboardMonth: 0,
    vms: Array.from({ length: 4 }, (_, k) => ({
      count: 2 + (k % 3) * 2,
      vcpu: 8 + k,
      ramGb: 16 + k,
      diskGb: 100,
      haPair: true,
      cpuUtilisation: 0.5,
    })),
    growth: { vmsPerYear: 0.1, cpuUtilisationPerYear: 0.1 },
  }));
  d.storage.systems = d.compute.systems.map((s) => ({
    systemId: s.id,
    primaryTb: 100,
    growth: { kind: 'compound' as const, ratePerYear: 0.2 },
  }));
  d.storage.backup.retentionDays = 3650;
  d.storage.backup.fullEveryDays = 1;
  d.storage.logs.retentionDays = 3650;
  const category = d.sms.categories[0];
  d.sms.categories = Array.from({ length: 50 }, (_, i) => ({
    ...category,
    id: `c-${i}`,
    messagesPerYear: 2_000_000,
    deadlineSpikes: Array.from({ length: 50 }, (_, k) => ({
      month: 1 + (k % 12),
      day: 1 + (k % 28),
      multiplier: 100,
    })),
    intradayBatches: Array.from({ length: 24 }, (_, h) => ({ hour: h, share: 1 / 24 })),
  }));
  d.network.ddos.eventsPerYear = 365;
  d.network.ddos.meanDurationMinutes = 10080;
  d.network.events = Array.from({ length: 200 }, (_, i) => ({
    kind: 'bulk-copy' as const,
    date: `2023-${String(1 + (i % 12)).padStart(2, '0')}-10`,
    link: 'egress' as const,
    dataTb: 100000,
    maxMbps: 1,
  }));
  d.timeline = [];
  return d;
}
