import type { MonthlyRecorder } from '../engine/recorder.ts';
import type { Simulation } from '../engine/simulation.ts';
import type { Scenario } from '../scenario/schema.ts';

/**
 * What a subsystem model gets when it is installed on one replication: the simulation (clock, queue,
 * named random streams), the validated scenario, the recorder its monthly series go into, and a
 * month-end hook. Models never share state except through what this context offers.
 */
export interface ModelContext {
  readonly sim: Simulation;
  readonly scenario: Scenario;
  readonly recorder: MonthlyRecorder;
  readonly months: number;
  /**
   * Registers a callback run at the end of each term month (0-based index), in the order models were
   * installed, after every event of that month: where a model closes its monthly figures.
   */
  onMonthEnd(callback: (monthIndex: number) => void): void;
}

/** A subsystem model: installs its processes (events, handlers) on a replication. */
export type InstallModel = (ctx: ModelContext) => void;
