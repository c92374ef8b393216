/**
 * Built-in scenarios as they were at older scenario versions, so a share link made against one of
 * them (a diff from that version's base) still opens: decodeShareHash patches the old base and
 * migrates the result forward. When a change bumps SCENARIO_VERSION, freeze the current built-ins
 * here under the old version number.
 *
 * Version 0: the baseline the app shipped before the scenario schema (id, name, term, contract money).
 */
export const LEGACY_BASES: Readonly<Record<number, Readonly<Record<string, unknown>>>> = {
  0: {
    'luohe-2023-baseline': {
      id: 'luohe-2023-baseline',
      name: 'Luohe 2023–2025: the signed contract',
      term: { startDate: '2023-01-01', months: 36 },
      contract: {
        totalInclVatCny: '5767200.00',
        vatRate: '0.06',
        quotas: {
          vcpu: 494,
          ramGb: 1048,
          diskTb: 64,
          vmCount: 200,
          storageTb: 54,
          egressMbps: 1000,
          serverToServerMbps: 200,
          smsPerYear: 1500000,
          dbNodes: 2,
        },
        installmentDueDates: [
          '2023-06-30',
          '2023-12-31',
          '2024-06-30',
          '2024-12-31',
          '2025-06-30',
          '2025-12-31',
        ],
      },
    },
  },
};
