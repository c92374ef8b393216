import { describe, expect, it } from 'vitest';
import { breachMonthAt, readBand } from '../../src/app/explain/reading.ts';
import { quotaRefusalText, refusalHeadline, refusalNoteText } from '../../src/app/explain/refusalText.ts';
import { translator } from '../../src/app/i18n/translate.ts';
import type { RefusalSummary } from '../../src/results/refusals.ts';

const en = translator('en');
const zh = translator('zh-CN');
const LABELS = Array.from(
  { length: 36 },
  (_, m) => `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`,
);

const NOTE = {
  monthIndex: 17,
  kind: 'new' as const,
  systemId: 'gov-portal',
  vcpu: 2,
  ramGb: 4,
  diskGb: 200,
  hostsRefused: {
    vcpu: 4,
    ram: 11,
    disk: 0,
    'vm-count': 0,
    'anti-affinity': 0,
    'ha-reserve': 2,
    'host-down': 0,
  },
  upHosts: 11,
  freeVcpu: 78,
  freeRamGb: 40,
  freeDiskGb: 22800,
  poolHadCapacity: true,
  fitsAnEmptyHost: true,
  replication: 3,
};

function summary(over: Partial<RefusalSummary> = {}): RefusalSummary {
  return {
    replications: 100,
    runsWithRefusal: 80,
    firstMonthHistogram: [],
    mostLikelyMonth: 17,
    mostLikelyMonthShare: 0.62,
    reasons: [
      { reason: 'ram', runs: 80, onEveryHostRuns: 80 },
      { reason: 'vcpu', runs: 5, onEveryHostRuns: 0 },
    ],
    fragmentedShare: 0.9,
    typical: { vcpu: 2, ramGb: 4, freeVcpu: 78, freeRamGb: 40 },
    examples: [NOTE],
    ...over,
  };
}

describe('refusal sentences', () => {
  it('say the month, its share, the reasons and that the pool had the room in total', () => {
    expect(refusalHeadline(summary(), LABELS, en, 'en')).toBe(
      'The first refusal is in Jun 2024 in 62% of runs (80 of 100 runs have at least one). ' +
        'What stopped it: RAM in 80 runs (80 of them on every host); vCPU in 5 runs. ' +
        'The typical request was 2 vCPU / 4 GB with 78 vCPU and 40 GB free in total: ' +
        'the pool had the room in total in 90% of these runs — fragmentation, not a shortage.',
    );
  });

  it('say when no limit applied on every host', () => {
    const some = summary({ reasons: [{ reason: 'ram', runs: 80, onEveryHostRuns: 0 }] });
    expect(refusalHeadline(some, LABELS, en, 'en')).toContain(
      'What stopped it: RAM in 80 runs. No single limit applied on every host: each host was stopped by one limit or another.',
    );
  });

  it('say the pool was short when most first refusals had no room in total', () => {
    const text = refusalHeadline(summary({ fragmentedShare: 0.25 }), LABELS, en, 'en');
    expect(text).toContain('the pool was short in total in 75% of these runs');
  });

  it('say so when nothing was refused, in both languages', () => {
    const none = summary({
      runsWithRefusal: 0,
      mostLikelyMonth: null,
      reasons: [],
      typical: null,
      examples: [],
    });
    expect(refusalHeadline(none, LABELS, en, 'en')).toBe('No VM request was refused in any of the 100 runs.');
    expect(refusalHeadline(none, LABELS, zh, 'zh-CN')).toBe('100 次运行中，没有任何虚拟机请求被拒绝。');
  });

  it('describe one run host by host, most-refusing reason first', () => {
    expect(refusalNoteText(NOTE, LABELS, en, 'en')).toBe(
      'Run #4, Jun 2024: a new VM of gov-portal (2 vCPU / 4 GB / 200 GB) was refused — ' +
        'RAM on every one of the 11 hosts; vCPU on 4 of 11 hosts; the HA reserve on 2 of 11 hosts. ' +
        'Free on the 11 up hosts: 78 vCPU, 40 GB, enough in total (fragmentation).',
    );
    expect(refusalNoteText({ ...NOTE, fitsAnEmptyHost: false }, LABELS, zh, 'zh-CN')).toContain(
      '且该虚拟机比任何一台主机都大',
    );
  });

  it('put the reason on the quota row it belongs to, and nowhere else', () => {
    expect(quotaRefusalText(summary(), 'ramGb', en)).toBe(
      'Refused VMs: RAM stopped the first refusal in 80 of the 80 runs that had one (80 of them on every host).',
    );
    expect(quotaRefusalText(summary(), 'vcpu', en)).toContain(
      'vCPU stopped the first refusal in 5 of the 80',
    );
    expect(quotaRefusalText(summary(), 'vmCount', en)).toBeNull();
    expect(quotaRefusalText(undefined, 'ramGb', en)).toBeNull();
  });
});

describe('risk reading', () => {
  const band = { p5: [1, 2], p50: [3, 4], p95: [5, 6] };

  it('reads P50 when likely, P95 of what is bad when high and P5 of what is bad when low when cautious', () => {
    expect(readBand(band, 1, 'likely')).toBe(4);
    expect(readBand(band, 1, 'cautious')).toBe(6);
    expect(readBand(band, 1, 'cautious', 'low')).toBe(2);
  });

  it('puts the breach month where 50% (likely) or 5% (cautious) of runs have breached', () => {
    const q = { breachProbabilityByMonth: [0, 0.01, 0.05, 0.2, 0.5, 0.7] };
    expect(breachMonthAt(q, 'likely')).toBe(4);
    expect(breachMonthAt(q, 'cautious')).toBe(2);
    expect(breachMonthAt({ breachProbabilityByMonth: [0, 0.04] }, 'cautious')).toBeNull();
  });
});
