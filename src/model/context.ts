import type { MonthlyRecorder } from '../engine/recorder.ts';
import type { Simulation } from '../engine/simulation.ts';
import type { Lifecycle } from '../scenario/lifecycle.ts';
import type { Scenario } from '../scenario/schema.ts';

/**
 * What a subsystem model gets when it is installed on one replication: the simulation (clock, queue,
 * named random streams), the validated scenario, the recorder its monthly series go into, and a
 * month-end hook. Models never share state except through what this context offers.
 */
export interface ModelContext {
  readonly sim: Simulation;
  readonly scenario: Scenario;
  /**
   * The contract in force over time (src/scenario/lifecycle.ts): the horizon's terms, quotas by month,
   * the exit (the run stops at it; its month closes on the days in force: `daysInForce`), the moves.
   */
  readonly lifecycle: Lifecycle;
  readonly recorder: MonthlyRecorder;
  /** Months of the horizon (the signed term and its renewals). */
  readonly months: number;
  /**
   * Registers a callback run at the end of each term month (0-based index), in the order models were
   * installed, after every event of that month: where a model closes its monthly figures.
   */
  onMonthEnd(callback: (monthIndex: number) => void): void;
  /** Registers a callback run once after the last month closed: where a model writes its notes. */
  onFinish(callback: () => void): void;
  /** Per-replication records beyond the monthly series (plain data, for the explanations). */
  readonly notes: ReplicationNotes;
}

/** Why one VM placement was refused: what was asked and what each host said. Plain data. */
export interface RefusalNote {
  monthIndex: number;
  kind: 'new' | 'restart';
  systemId: string;
  vcpu: number;
  ramGb: number;
  diskGb: number;
  /** Hosts refusing per reason ('vcpu', 'ram', 'disk', 'vm-count', 'anti-affinity', 'ha-reserve', 'host-down'). */
  hostsRefused: Record<string, number>;
  /** Hosts up at that moment: a reason that applied on all of them is "on every host". */
  upHosts: number;
  /** Free totals over the up hosts at that moment, and whether they could have held the VM. */
  freeVcpu: number;
  freeRamGb: number;
  freeDiskGb: number;
  poolHadCapacity: boolean;
  /** Some host, empty, could hold it: false means the VM is larger than any host. */
  fitsAnEmptyHost: boolean;
}

/** What one migration's copy did in one replication (the lifecycle's migrations[plan]). Plain data. */
export interface MigrationNote {
  /** Index into lifecycleOf(scenario).migrations. */
  plan: number;
  /** Horizon minute the last bit arrived; NaN when the copy did not finish within the run (cut at the exit). */
  finishedMinute: number;
  /** Hours from the copy's start until it finished or the run ended. */
  copyHours: number;
  /** Decimal TB copied (10¹² bytes), and TB still to copy at its deadline (0 when done by then). */
  copiedTb: number;
  remainingAtDeadlineTb: number;
  /** While it ran: expected hours with the line full, and live traffic unserved because of it, GB. */
  lineFullHours: number;
  liveUnservedGb: number;
}

export interface ReplicationNotes {
  /** The replication's first refused placement, if any. */
  firstRefusal?: RefusalNote;
  /** The migrations' copies, when the scenario has any. */
  migrations?: MigrationNote[];
}

/**
 * A subsystem model: installs its processes (events, handlers) on a replication. `modelName` labels
 * its events and month-end work in budget messages (the built-in models are named in subsystems.ts).
 */
export type InstallModel = ((ctx: ModelContext) => void) & { modelName?: string };
