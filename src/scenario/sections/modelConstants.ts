/**
 * Values both the scenario schema and the models read, in a module free of zod: the simulation
 * workers import these and no schema, so they load and start without a validator (they are handed
 * scenarios already validated, src/runner/simulationApi.ts). The schema's sections re-export them.
 */

/** The contract's quota keys: the one list the schema, settlement and results share. */
export const QUOTA_KEYS = [
  'vcpu',
  'ramGb',
  'diskTb',
  'vmCount',
  'storageTb',
  'egressMbps',
  'serverToServerMbps',
  'smsPerYear',
  'dbNodes',
] as const;
/** A key of the contract's quotas. */
export type QuotaKey = (typeof QUOTA_KEYS)[number];

/** The parts of the service whose lost time counts towards the fault discount (clause 2.2.4). */
export const SERVICE_PARTS = ['database', 'compute', 'egress'] as const;
export type ServicePart = (typeof SERVICE_PARTS)[number];

/**
 * Wall-clock seconds one replication may take before it is stopped with a message naming the model
 * that ran away. The largest scenario the schema accepts takes about 2.5 s a replication on the
 * reference 2-core machine; the cap keeps any accepted scenario stopping within 30 s.
 */
export const DEFAULT_REPLICATION_TIME_LIMIT_SECONDS = 20;
export const MAX_REPLICATION_TIME_LIMIT_SECONDS = 20;

/** Working-day portal shape: ramp from 08:00, peaks 10–11 and 14–16, lunch dip, night floor (§4.1, ESTIMATE). */
export const PORTAL_DIURNAL = [
  0.08, 0.06, 0.05, 0.05, 0.05, 0.07, 0.12, 0.25, 0.55, 0.85, 1, 0.95, 0.6, 0.7, 0.95, 1, 0.9, 0.65, 0.4, 0.3,
  0.25, 0.2, 0.15, 0.1,
];
/** Monday busiest, weekend ≈0.35 of a weekday (§4.1, ESTIMATE). */
export const PORTAL_WEEKLY = [1, 0.95, 0.92, 0.9, 0.88, 0.35, 0.33];
/** Post-Spring-Festival restart, tax season Mar–Jun, year-end rush (§4.2, ESTIMATE). */
export const PORTAL_ANNUAL = [0.85, 0.75, 1, 0.95, 0.92, 0.95, 0.8, 0.8, 0.9, 0.85, 0.92, 1];

/** A typical application VM: 8 vCPU / 16 GB / 100 GB (domain-parameters.md §2.1 package sizes). */
export const HEADROOM_SHAPE_DEFAULT = { vcpu: 8, ramGb: 16, diskGb: 100 } as const;
