import { deriveSeed } from '../engine/random.ts';
import { MonthlyRecorder } from '../engine/recorder.ts';
import { RunBudgetExceededError, Simulation } from '../engine/simulation.ts';
import { lifecycleOf } from '../scenario/lifecycle.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { InstallModel, ModelContext, ReplicationNotes } from './context.ts';
import { describeBudgetStop } from './runaway.ts';
import { SUBSYSTEM_NAMES, SUBSYSTEMS } from './subsystems.ts';

export interface ReplicationRun {
  seed: number;
  series: Record<string, Float64Array>;
  notes: ReplicationNotes;
  eventsProcessed: number;
}

/**
 * Most events one replication may run. The schema keeps a valid scenario near 100,000 at most
 * (≤ 10,000 host and 20,000 database failures expected, ≤ 5,000 VMs, one event per month end), so
 * this is ten times that: reached only by a runaway, and reached within seconds.
 */
export const REPLICATION_EVENT_BUDGET = 1_000_000;

/**
 * The wall clock a replication may use, watched from outside the pure core: the runner reads the
 * clock and answers `check` (called every few thousand events and after each model's month end,
 * with the owner of the work since the last call); `heaviest` names the owner that took the most.
 */
export interface ReplicationWatchdog {
  check(activity: string): boolean;
  heaviest(): string | undefined;
  limitSeconds: number;
}

export interface ReplicationBudget {
  maxEvents?: number;
  watchdog?: ReplicationWatchdog;
}

/**
 * A replication stopped by its event or time budget, or refused for money it cannot represent; the
 * message (English, then Chinese) names the model and the fields to change.
 */
export class ReplicationStoppedError extends Error {
  readonly replication: number;
  readonly kind: 'events' | 'time' | 'money';
  readonly owner: string;

  constructor(message: string, replication: number, kind: 'events' | 'time' | 'money', owner: string) {
    super(message);
    this.name = 'ReplicationStoppedError';
    this.replication = replication;
    this.kind = kind;
    this.owner = owner;
  }
}

/**
 * The series names the first run of a scenario created, in order: later runs of the same scenario
 * object record into one preallocated buffer (MonthlyRecorder's layout). Only a layout, never
 * numbers: a run creating other series still records them (and then packs them in).
 */
const SERIES_LAYOUT = new WeakMap<Scenario, string[]>();

function stopped(
  error: RunBudgetExceededError,
  sim: Simulation,
  replication: number,
  budget: ReplicationBudget,
) {
  const owner = error.kind === 'time' ? (budget.watchdog?.heaviest() ?? error.owner) : error.owner;
  const limit = budget.maxEvents ?? REPLICATION_EVENT_BUDGET;
  const seconds = budget.watchdog?.limitSeconds ?? 0;
  const limitText =
    error.kind === 'events'
      ? {
          en: `it ran past its budget of ${limit.toLocaleString('en-US')} events`,
          zh: `超出${limit}个事件的预算`,
        }
      : { en: `it used up its ${seconds} s time budget`, zh: `用尽${seconds}秒的时间预算` };
  const when = sim.calendar.minuteToDateTime(Math.max(0, error.minute));
  const ownerEvents = error.eventsByOwner[owner] ?? 0;
  const message = describeBudgetStop(
    { kind: error.kind, owner, ownerEvents },
    { replication, when, limitText },
  );
  return new ReplicationStoppedError(message, replication, error.kind, owner);
}

/**
 * Runs replication `replication` of a validated scenario over its whole horizon (the signed term and
 * its renewals, src/scenario/lifecycle.ts):
 * 1. derive the replication's seed from (scenario seed, replication) — never from which worker runs it;
 * 2. schedule one month-end event per month, before any model, so that at a month boundary the
 *    month closes before the next month's first events run (FIFO on equal times);
 * 3. with an exit, schedule its close the same way: at 00:00 of the exit date the exit month closes
 *    (on the days before it) and the run stops — nothing runs, is used or billed after the contract
 *    ends, and later months keep the recorder's zeros;
 * 4. install each subsystem model (each draws from its own named stream), its handlers and month-end
 *    work labelled with its name, so a budget stop can say which model ran away;
 * 5. run to the end within the budget (events; time, when the runner watches the clock), let the
 *    models write their notes, and hand back series and notes. A budget stop throws
 *    ReplicationStoppedError with a message naming the model and the fields to change.
 */
export function runReplication(
  scenario: Scenario,
  replication: number,
  models: readonly InstallModel[] = SUBSYSTEMS,
  budget: ReplicationBudget = {},
): ReplicationRun {
  const seed = deriveSeed(scenario.simulation.seed, replication);
  const lifecycle = lifecycleOf(scenario);
  const months = lifecycle.horizonMonths;
  const watchdog = budget.watchdog;
  const sim = new Simulation({
    seed,
    termStartDate: scenario.term.startDate,
    termMonths: months,
    eventBudget: budget.maxEvents ?? REPLICATION_EVENT_BUDGET,
    watchdog: watchdog ? (activity) => watchdog.check(activity) : undefined,
  });
  const recorder = new MonthlyRecorder(months, SERIES_LAYOUT.get(scenario));
  const monthEndCallbacks: { owner: string; callback: (monthIndex: number) => void }[] = [];
  const finishCallbacks: (() => void)[] = [];
  const notes: ReplicationNotes = {};
  let owner = 'month-end';
  const closeMonth = (monthIndex: number) => {
    for (const entry of monthEndCallbacks) {
      entry.callback(monthIndex);
      if (watchdog) sim.checkpoint(entry.owner);
    }
  };

  sim.setOwner(owner);
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
    onMonthEnd: (callback) => monthEndCallbacks.push({ owner, callback }),
    onFinish: (callback) => finishCallbacks.push(callback),
    notes,
  };
  models.forEach((install, i) => {
    owner = install.modelName ?? SUBSYSTEM_NAMES.get(install) ?? `model ${i + 1}`;
    sim.setOwner(owner);
    install(ctx);
  });

  try {
    sim.runUntil(lifecycle.endMinute);
  } catch (error) {
    if (error instanceof RunBudgetExceededError) throw stopped(error, sim, replication, budget);
    throw error;
  }
  for (const callback of finishCallbacks) callback();
  if (!SERIES_LAYOUT.has(scenario)) SERIES_LAYOUT.set(scenario, recorder.names());
  return { seed, series: recorder.toPackedObject(), notes, eventsProcessed: sim.eventsProcessed };
}
