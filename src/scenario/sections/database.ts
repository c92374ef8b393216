/**
 * The database cluster: physical nodes, failure and repair, failover, load against one node's
 * capacity (can the survivor carry everything?), and the external disk array filling up.
 */
import { z } from 'zod';
import { growthSpec, intIn, numberIn } from './common.ts';
import { distributionSpec } from './distribution.ts';

export const databaseSchema = z.strictObject({
  nodes: intIn(1, 16),
  coresPerNode: intIn(1, 1024),
  ramGbPerNode: numberIn(1, 65_536),
  /**
   * active-standby: one node serves, a failure of it interrupts every session for failoverSeconds;
   * active-active: every node serves a share, a failure interrupts only that node's share.
   */
  mode: z.enum(['active-standby', 'active-active']),
  nodeFailure: distributionSpec,
  nodeRepair: distributionSpec,
  /**
   * Nodes repaired at the same time (on-site engineers or spare-part slots); a node failing while
   * every crew is busy waits its turn. Absent: one per node (independent repairs).
   */
  repairCrews: intIn(1, 16).optional(),
  /** Interruption of the failed node's sessions (active-standby: every session) while they fail over, seconds. */
  failoverSeconds: numberIn(0, 86_400),
  load: z.strictObject({
    /** Cores busy at the busiest hour in the term's first month. */
    peakCoresAtStart: numberIn(0, 100_000),
    growth: growthSpec,
  }),
  /** External shared disk array, TB. */
  arrayTb: numberIn(0, 10_000),
  arrayUsedTbAtStart: numberIn(0, 10_000),
  arrayGrowth: growthSpec,
});
export type Database = z.infer<typeof databaseSchema>;

export const DATABASE_DEFAULTS: Database = {
  nodes: 2,
  coresPerNode: 40,
  ramGbPerNode: 224,
  mode: 'active-standby',
  nodeFailure: { kind: 'exponential', meanHours: 219_000 },
  nodeRepair: { kind: 'lognormal', meanHours: 4, cv: 0.75 },
  failoverSeconds: 30,
  load: { peakCoresAtStart: 14, growth: { kind: 'compound', ratePerYear: 0.2 } },
  arrayTb: 2,
  arrayUsedTbAtStart: 0.9,
  arrayGrowth: { kind: 'compound', ratePerYear: 0.2 },
};
