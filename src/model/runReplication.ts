import { deriveSeed } from '../engine/random.ts';
import { MonthlyRecorder } from '../engine/recorder.ts';
import { Simulation } from '../engine/simulation.ts';
import { lifecycleOf } from '../scenario/lifecycle.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { InstallModel, ModelContext, ReplicationNotes } from './context.ts';
import { SUBSYSTEMS } from './subsystems.ts';

export interface ReplicationRun {
  seed: number;
  series: Record<string, Float64Array>;
  notes: ReplicationNotes;
  eventsProcessed: number;
}

/**
 * The series names the first run of a scenario created, in order: later runs of the same scenario
 * object record into one preallocated buffer (MonthlyRecorder's layout). Only a layout, never
 * numbers: a run creating other series still records them (and then packs them in).
 */
const SERIES_LAYOUT = new WeakMap<Scenario, string[]>();

/**
 * Runs replication `replication` of a validated scenario over its whole horizon (the signed term and
 * its renewals, src/scenario/lifecycle.ts):
 * 1. derive the replication's seed from (scenario seed, replication) — never from which worker runs it;
 * 2. schedule one month-end event per month, before any model, so that at a month boundary the
 *    month closes before the next month's first events run (FIFO on equal times);
 * 3. with an exit, schedule its close the same way: at 00:00 of the exit date the exit month closes
 *    (on the days before it) and the run stops — nothing runs, is used or billed after the contract
 *    ends, and later months keep the recorder's zeros;
 * 4. install each subsystem model (each draws from its own named stream);
 * 5. run to the end, let the models write their notes, and hand back series and notes.
 */
export function runReplication(
  scenario: Scenario,
  replication: number,
  models: readonly InstallModel[] = SUBSYSTEMS,
): ReplicationRun {
  const seed = deriveSeed(scenario.simulation.seed, replication);
  const lifecycle = lifecycleOf(scenario);
  const months = lifecycle.horizonMonths;
  const sim = new Simulation({ seed, termStartDate: scenario.term.startDate, termMonths: months });
  const recorder = new MonthlyRecorder(months, SERIES_LAYOUT.get(scenario));
  const monthEndCallbacks: ((monthIndex: number) => void)[] = [];
  const finishCallbacks: (() => void)[] = [];
  const notes: ReplicationNotes = {};
  const closeMonth = (monthIndex: number) => {
    for (const callback of monthEndCallbacks) callback(monthIndex);
  };

  sim.everyMonthEnd((_sim, monthIndex) => closeMonth(monthIndex));
  const exit = lifecycle.exit;
  if (exit && exit.minute < sim.calendar.monthStartMinute(exit.month + 1)) {
    // Mid-month: the exit month's own month end (later) never comes.
    const hExit = sim.on((s, monthIndex) => {
      closeMonth(monthIndex);
      s.stop();
    });
    sim.schedule(exit.minute, hExit, exit.month);
  }

  const ctx: ModelContext = {
    sim,
    scenario,
    lifecycle,
    recorder,
    months,
    onMonthEnd: (callback) => monthEndCallbacks.push(callback),
    onFinish: (callback) => finishCallbacks.push(callback),
    notes,
  };
  for (const install of models) install(ctx);

  sim.runUntil(lifecycle.endMinute);
  for (const callback of finishCallbacks) callback();
  if (!SERIES_LAYOUT.has(scenario)) SERIES_LAYOUT.set(scenario, recorder.names());
  return { seed, series: recorder.toPackedObject(), notes, eventsProcessed: sim.eventsProcessed };
}
