import { describe, expect, it } from 'vitest';
import { BASELINE_ID, copyOfBuiltIn } from '../../src/scenario/library.ts';
import { demandRemaining, lifecycleOf } from '../../src/scenario/lifecycle.ts';
import type { Scenario, TimelineEvent } from '../../src/scenario/schema.ts';
import { validateScenario } from '../../src/scenario/validate.ts';

function baseline(): Scenario {
  return copyOfBuiltIn(BASELINE_ID)!;
}

function withTimeline(events: TimelineEvent[]): Scenario {
  const doc = baseline();
  doc.timeline = events;
  return doc;
}

function messages(doc: unknown): string[] {
  const r = validateScenario(doc);
  return r.ok ? [] : r.issues.map((i) => i.message);
}

const RENEWAL: TimelineEvent = {
  kind: 'renew-term',
  date: '2026-01-01',
  months: 36,
  totalInclVatCny: '5399406.66',
  quotas: {
    vcpu: 500,
    ramGb: 1120,
    diskTb: 48,
    vmCount: 190,
    storageTb: 72,
    egressMbps: 800,
    serverToServerMbps: 150,
    smsPerYear: 1_800_000,
    dbNodes: 2,
  },
  installmentDueDates: ['2026-06-30', '2026-12-31', '2027-06-30', '2027-12-31', '2028-06-30', '2028-12-31'],
};

describe('lifecycleOf', () => {
  it('is the signed term alone for the baseline: 36 months in force, quotas as signed', () => {
    const life = lifecycleOf(baseline());
    expect(life.horizonMonths).toBe(36);
    expect(life.terms).toHaveLength(1);
    expect(life.terms[0]).toMatchObject({ startDate: '2023-01-01', endDate: '2025-12-31', startMonth: 0 });
    expect(life.terms[0].settledDueDates).toEqual(life.terms[0].installmentDueDates);
    expect(life.exit).toBeNull();
    expect(life.monthsInForce).toEqual(new Array(36).fill(1));
    expect(life.daysInForce).toEqual(life.daysInMonth);
    expect(life.quotasByMonth.vcpu).toEqual(new Array(36).fill(494));
    expect(life.monthLabels.at(-1)).toBe('2025-12');
  });

  it('ends the contract at 00:00 of the exit date: 15 of March 2025’s 31 days, nothing after', () => {
    const life = lifecycleOf(
      withTimeline([{ kind: 'exit-notice', date: '2025-03-01', exitDate: '2025-03-16' }]),
    );
    const march = life.monthLabels.indexOf('2025-03');
    expect(life.exit).toMatchObject({ date: '2025-03-16', month: march });
    expect(life.daysInForce[march]).toBe(15);
    expect(life.daysInMonth[march]).toBe(31);
    expect(life.daysInForce.slice(march + 1)).toEqual(new Array(36 - march - 1).fill(0));
    expect(life.monthsInForce.slice(march - 1, march + 2)).toEqual([1, 1, 0]);
    // Installments due before the exit stand; the rest become one final settlement on the exit date.
    expect(life.terms[0].settledDueDates).toEqual([
      '2023-06-30',
      '2023-12-31',
      '2024-06-30',
      '2024-12-31',
      '2025-03-16',
    ]);
    expect(life.terms[0].finalSettlementOnExit).toBe(true);
  });

  it('an exit on the first of a month leaves that month wholly out of force', () => {
    const life = lifecycleOf(
      withTimeline([{ kind: 'exit-notice', date: '2025-03-01', exitDate: '2025-04-01' }]),
    );
    const april = life.monthLabels.indexOf('2025-04');
    expect(life.exit?.month).toBe(april - 1);
    expect(life.daysInForce[april - 1]).toBe(31);
    expect(life.daysInForce[april]).toBe(0);
  });

  it('a renewal extends the horizon, with its own quotas from its first day and its own contract years', () => {
    const life = lifecycleOf(withTimeline([RENEWAL]));
    expect(life.horizonMonths).toBe(72);
    expect(life.terms.map((t) => [t.startDate, t.endDate, t.totalInclVatCny])).toEqual([
      ['2023-01-01', '2025-12-31', '5767200.00'],
      ['2026-01-01', '2028-12-31', '5399406.66'],
    ]);
    expect(life.quotasByMonth.vcpu[35]).toBe(494);
    expect(life.quotasByMonth.vcpu[36]).toBe(500);
    expect(life.quotasByMonth.storageTb.slice(36).every((q) => q === 72)).toBe(true);
    expect(life.termOfMonth[35]).toBe(0);
    expect(life.termOfMonth[36]).toBe(1);
    expect(life.terms[1].priceCatalog).toBe(life.terms[0].priceCatalog);
    const yearStarts = life.contractYearStarts.flatMap((s, m) => (s ? [m] : []));
    expect(yearStarts).toEqual([0, 12, 24, 36, 48, 60]);
  });

  it('a quota change applies from its month to the next renewal; price changes stay in their term', () => {
    const life = lifecycleOf(
      withTimeline([
        { kind: 'quota-change', date: '2024-09-15', quotas: { vcpu: 640 } },
        { kind: 'price-change', date: '2026-07-01', factor: '0.95', itemIds: ['vcpu'] },
        RENEWAL,
      ]),
    );
    expect(life.quotasByMonth.vcpu.slice(18, 22)).toEqual([494, 494, 640, 640]);
    expect(life.quotasByMonth.vcpu[35]).toBe(640);
    expect(life.quotasByMonth.vcpu[36]).toBe(500);
    expect(life.quotasByMonth.ramGb[20]).toBe(1048);
    expect(life.priceChangesByTerm).toEqual([[], [{ fromMonth: 6, factor: '0.95', itemIds: ['vcpu'] }]]);
  });

  it('moves: systems leave on their leave date, their demand shares with them; the copy’s deadline', () => {
    const life = lifecycleOf(
      withTimeline([
        {
          kind: 'migrate-out',
          date: '2024-05-06',
          leaveDate: '2024-06-01',
          systemIds: ['hotline-12345', 'appointment'],
          dataTb: 2,
          linkMbps: 300,
          demandShares: { egress: 0.1, sms: 0.3 },
        },
      ]),
    );
    const june = life.monthLabels.indexOf('2024-06');
    expect(life.migrations).toHaveLength(1);
    expect(life.migrations[0]).toMatchObject({
      kind: 'migrate-out',
      deadlineDate: '2024-06-01',
      policy: 'yield',
      wholeEstate: false,
    });
    const leave = life.systemLeaveMinute.get('hotline-12345')!;
    expect(leave).toBe(life.migrations[0].deadlineMinute);
    expect(life.systemLeaveMinute.has('gov-portal')).toBe(false);
    expect(demandRemaining(life.demandShareSteps, 'egress', leave - 1)).toBe(1);
    expect(demandRemaining(life.demandShareSteps, 'egress', leave)).toBeCloseTo(0.9, 12);
    expect(demandRemaining(life.demandShareSteps, 'sms', leave)).toBeCloseTo(0.7, 12);
    expect(demandRemaining(life.demandShareSteps, 'serverToServer', leave)).toBe(1);
    expect(life.monthsInForce[june]).toBe(1);
  });

  it('a whole-estate move with an exit leaves on the exit date', () => {
    const life = lifecycleOf(copyOfBuiltIn('luohe-2025-migrate-out')!);
    expect(life.migrations[0]).toMatchObject({ deadlineDate: '2025-03-16', wholeEstate: true });
    expect(life.systemLeaveMinute.size).toBe(baseline().compute.systems.length);
  });
});

describe('timeline checks', () => {
  it('accepts a two-term scenario and the amendments', () => {
    expect(
      messages(
        withTimeline([
          RENEWAL,
          { kind: 'quota-change', date: '2024-09-01', quotas: { vcpu: 640, ramGb: 1536 } },
          {
            kind: 'add-hosts',
            date: '2024-09-01',
            hosts: [{ id: 'host-12', vcpu: 48, ramGb: 96, diskTb: 6 }],
          },
          { kind: 'retire-hosts', date: '2027-01-01', hostIds: ['host-12', 'host-11'] },
          {
            kind: 'grow-system',
            date: '2026-03-01',
            systemId: 'hotline-12345',
            vms: [{ count: 2, vcpu: 16, ramGb: 64, diskGb: 200, haPair: true, cpuUtilisation: 0.3 }],
          },
        ]),
      ),
    ).toEqual([]);
  });

  it('names what is wrong with renewals, exits, moves, hosts and amendments', () => {
    expect(
      messages(
        withTimeline([
          { ...RENEWAL, date: '2026-02-01' },
          { kind: 'exit-notice', date: '2027-03-01', exitDate: '2027-03-16' },
          { kind: 'exit-notice', date: '2027-04-01', exitDate: '2027-05-16' },
          { kind: 'quota-change', date: '2027-06-01', quotas: {} },
          { kind: 'retire-hosts', date: '2024-01-01', hostIds: ['host-99'] },
          {
            kind: 'migrate-out',
            date: '2026-05-06',
            leaveDate: '2026-05-01',
            systemIds: [],
            dataTb: 2,
            linkMbps: 300,
            demandShares: { egress: 0.1 },
          },
          { kind: 'price-change', date: '2026-05-01', factor: '0.9', itemIds: ['gpu'] },
        ]),
      ),
    ).toEqual([
      'timeline[0].date: expected the renewal to start on 2026-01-01, the day after the previous term ends, got 2026-02-01',
      'timeline[2].kind: expected at most one exit-notice',
      'timeline[3].date: expected a date before the exit on 2027-03-16 (the contract ends then), got 2027-06-01',
      'timeline[3].quotas: expected at least one quota to change',
      'timeline[5].leaveDate: expected a date on or after the copy starts (2026-05-06), got 2026-05-01',
      'timeline[5].demandShares: expected systemIds: shares leave with a partial move (the whole estate takes everything)',
      "timeline[6].itemIds[0]: unknown price-catalog item 'gpu'",
      "timeline[4].hostIds[0]: unknown host 'host-99'",
    ]);
  });

  it('keeps the whole horizon within 120 months', () => {
    expect(messages(withTimeline([{ ...RENEWAL, months: 90 }]))).toEqual([
      'timeline[0].months: expected the term and its renewals to cover at most 120 months, got 126',
    ]);
  });
});
