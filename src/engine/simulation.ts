/**
 * The simulation: all the state of one run (clock, pending events, handlers, random streams,
 * calendar) in one object, with no module globals, so two replications in one worker share nothing.
 *
 * Time is in minutes since 00:00 CST on the term start date (fractions allowed). Events are
 * (time, handler id, numeric payload); handlers are registered once per process type with `on`,
 * before scheduling. Equal times run in the order scheduled. The clock never reads wall time.
 *
 * Event budget: a run stops with EventBudgetExceededError when it is about to run one event more
 * than the budget. Only events that run count; cancelled events are dropped without counting. After
 * the error the simulation is in a consistent state but its run is meant to be abandoned.
 *
 * Time budget: the engine never reads the clock. A caller that owns one (the runner) may inject a
 * `watchdog`; the engine calls it every WATCH_EVERY_EVENTS events and at each `checkpoint`, naming
 * the work done since the last call, and stops with TimeBudgetExceededError when it answers true.
 *
 * Owners: every handler belongs to the owner set with `setOwner` when it was registered (a model's
 * name), and events are counted per owner, so a budget error can say which model ran away.
 */
import { TermCalendar } from './calendar.ts';
import { type EventId, EventQueue } from './eventQueue.ts';
import { RandomStream } from './random.ts';
import { assertSeed, type Seed } from './seed.ts';

export type { EventId } from './eventQueue.ts';
/** Index into the simulation's handler table. */
export type HandlerId = number;
/** Runs an event: `payload` is the number given when it was scheduled (0 if none). */
export type EventHandler = (sim: Simulation, payload: number) => void;

export interface SimulationOptions {
  seed: Seed;
  /** 'YYYY-MM-DD': minute 0 is midnight CST at the start of this day. */
  termStartDate: string;
  termMonths: number;
  /** Most events one simulation may run; default DEFAULT_EVENT_BUDGET. */
  eventBudget?: number;
  /**
   * Called every WATCH_EVERY_EVENTS events and at each checkpoint with the owner of the work done
   * since the last call; returning true stops the run (TimeBudgetExceededError). Injected by the
   * runner, which reads the clock: the engine itself never does.
   */
  watchdog?: (activity: string) => boolean;
}

/** Events between two watchdog calls: rare enough to cost nothing, often enough to stop in time. */
export const WATCH_EVERY_EVENTS = 4096;
const WATCH_MASK = WATCH_EVERY_EVENTS - 1;
/** The owner of handlers registered before any setOwner. */
export const UNOWNED = 'simulation';

/** Default event budget: well above a 36-month cloud run, low enough to stop a runaway in seconds. */
export const DEFAULT_EVENT_BUDGET = 50_000_000;

/** A run stopped by one of its budgets; `owner` is what ran away (the owner with the most events, or the work in progress). */
export class RunBudgetExceededError extends Error {
  readonly kind: 'events' | 'time';
  readonly minute: number;
  readonly eventsProcessed: number;
  readonly owner: string;
  /** Events run per owner, for the message that explains the stop. */
  readonly eventsByOwner: Record<string, number>;

  constructor(
    kind: 'events' | 'time',
    message: string,
    details: {
      minute: number;
      eventsProcessed: number;
      owner: string;
      eventsByOwner: Record<string, number>;
    },
  ) {
    super(message);
    this.name = 'RunBudgetExceededError';
    this.kind = kind;
    this.minute = details.minute;
    this.eventsProcessed = details.eventsProcessed;
    this.owner = details.owner;
    this.eventsByOwner = details.eventsByOwner;
  }
}

export class EventBudgetExceededError extends RunBudgetExceededError {
  readonly budget: number;

  constructor(
    budget: number,
    minute: number,
    eventsProcessed: number,
    when: string,
    owner = UNOWNED,
    eventsByOwner: Record<string, number> = {},
  ) {
    super(
      'events',
      `event budget of ${budget} events exceeded at minute ${minute} (${when}) after ` +
        `${eventsProcessed} events processed, most of them ${owner}'s: a process is probably rescheduling itself without end`,
      { minute, eventsProcessed, owner, eventsByOwner },
    );
    this.name = 'EventBudgetExceededError';
    this.budget = budget;
  }
}

export class TimeBudgetExceededError extends RunBudgetExceededError {
  constructor(
    minute: number,
    eventsProcessed: number,
    when: string,
    owner: string,
    eventsByOwner: Record<string, number>,
  ) {
    super(
      'time',
      `time budget spent at minute ${minute} (${when}) after ${eventsProcessed} events, during ${owner}'s work`,
      { minute, eventsProcessed, owner, eventsByOwner },
    );
    this.name = 'TimeBudgetExceededError';
  }
}

export class Simulation {
  readonly seed: Seed;
  readonly calendar: TermCalendar;
  readonly eventBudget: number;
  private readonly queue = new EventQueue();
  private readonly handlers: EventHandler[] = [];
  /** Per handler, the index of its owner in `owners`. */
  private readonly handlerOwner: number[] = [];
  private readonly owners: string[] = [UNOWNED];
  /** Events run per owner (index as in `owners`). */
  private ownerEvents = new Float64Array(8);
  private currentOwner = 0;
  private readonly watchdog: ((activity: string) => boolean) | undefined;
  private readonly streams = new Map<string, RandomStream>();
  private nowMinute = 0;
  private processed = 0;
  private stopRequested = false;

  constructor(opts: SimulationOptions) {
    const budget = opts.eventBudget ?? DEFAULT_EVENT_BUDGET;
    if (!Number.isSafeInteger(budget) || budget < 0) {
      throw new RangeError(`event budget ${budget} must be a non-negative whole number`);
    }
    assertSeed(opts.seed); // a bad seed fails here with a RangeError, not at the first stream
    this.seed = opts.seed;
    this.calendar = new TermCalendar(opts.termStartDate, opts.termMonths);
    this.eventBudget = budget;
    this.watchdog = opts.watchdog;
  }

  /** Simulation time: minutes since the term start. */
  get now(): number {
    return this.nowMinute;
  }

  /** Events run so far (cancelled ones not counted). */
  get eventsProcessed(): number {
    return this.processed;
  }

  /** Events scheduled and neither run nor cancelled. */
  get pendingEvents(): number {
    return this.queue.pendingCount;
  }

  /** Time of the next event that would run, or +Infinity if none is pending. */
  get nextEventMinute(): number {
    return this.queue.nextLiveTime();
  }

  /** Registers a handler (once per process type, before scheduling) and returns its id. */
  on(handler: EventHandler): HandlerId {
    this.handlers.push(handler);
    this.handlerOwner.push(this.currentOwner);
    return this.handlers.length - 1;
  }

  /** Handlers registered from now on belong to `owner` (a model's name), for budget messages. */
  setOwner(owner: string): void {
    let index = this.owners.indexOf(owner);
    if (index < 0) {
      index = this.owners.push(owner) - 1;
      if (index >= this.ownerEvents.length) {
        const grown = new Float64Array(this.ownerEvents.length * 2);
        grown.set(this.ownerEvents);
        this.ownerEvents = grown;
      }
    }
    this.currentOwner = index;
  }

  /** Events run so far per owner. */
  eventsByOwner(): Record<string, number> {
    const out: Record<string, number> = {};
    this.owners.forEach((owner, i) => {
      if (this.ownerEvents[i] > 0) out[owner] = this.ownerEvents[i];
    });
    return out;
  }

  /**
   * Tells the watchdog (if any) that `activity` has just been done, e.g. a model's month-end
   * closing; stops the run with TimeBudgetExceededError when the time budget is spent.
   */
  checkpoint(activity: string): void {
    if (this.watchdog?.(activity)) {
      throw new TimeBudgetExceededError(
        this.nowMinute,
        this.processed,
        this.calendar.minuteToDateTime(Math.max(0, this.nowMinute)),
        activity,
        this.eventsByOwner(),
      );
    }
  }

  /** The owner that has run the most events (ties: the first registered), or UNOWNED. */
  private busiestOwner(): string {
    let best = 0;
    for (let i = 1; i < this.owners.length; i++) if (this.ownerEvents[i] > this.ownerEvents[best]) best = i;
    return this.owners[best];
  }

  /** Schedules `handler` at absolute time `atMinute` (≥ now, finite); returns an id for `cancel`. */
  schedule(atMinute: number, handler: HandlerId, payload = 0): EventId {
    if (!(atMinute >= this.nowMinute && atMinute < Number.POSITIVE_INFINITY)) {
      throw new RangeError(
        `cannot schedule at minute ${atMinute}: time must be finite and ≥ now (${this.nowMinute})`,
      );
    }
    if (!(handler >>> 0 === handler && handler < this.handlers.length)) {
      throw new RangeError(`unknown handler id ${handler}: register it with sim.on() first`);
    }
    return this.queue.push(atMinute, handler, payload);
  }

  /** Schedules `handler` `delayMinutes` (≥ 0) from now. */
  scheduleIn(delayMinutes: number, handler: HandlerId, payload = 0): EventId {
    if (!(delayMinutes >= 0)) throw new RangeError(`delay ${delayMinutes} minutes must be ≥ 0`);
    return this.schedule(this.nowMinute + delayMinutes, handler, payload);
  }

  /** Cancels a pending event; true if it was pending (not yet run, not already cancelled). */
  cancel(id: EventId): boolean {
    return this.queue.cancel(id);
  }

  /** True if the event is scheduled and has neither run nor been cancelled. */
  isPending(id: EventId): boolean {
    return this.queue.isPending(id);
  }

  /** Asks the running `run`/`runUntil` to return after the current event (the clock stays there). */
  stop(): void {
    this.stopRequested = true;
  }

  /** Runs the next event; false (and nothing happens) when no event is pending. */
  step(): boolean {
    const queue = this.queue;
    while (queue.size > 0) {
      if (!queue.pop()) continue;
      this.dispatch(queue.poppedTime, queue.poppedHandler, queue.poppedPayload);
      return true;
    }
    return false;
  }

  /**
   * Runs every event with time ≤ `minute` (including those scheduled meanwhile), then sets now to
   * `minute`. If a handler calls stop(), returns after that event with now at its time.
   */
  runUntil(minute: number): void {
    if (!(minute >= this.nowMinute)) {
      throw new RangeError(`cannot run until minute ${minute}: it is before now (${this.nowMinute})`);
    }
    this.stopRequested = false;
    const queue = this.queue;
    while (queue.size > 0 && queue.topTime() <= minute) {
      if (!queue.pop()) continue;
      this.dispatch(queue.poppedTime, queue.poppedHandler, queue.poppedPayload);
      if (this.stopRequested) return;
    }
    this.nowMinute = minute;
  }

  /** Runs until no event is pending (or stop()); now stays at the last event's time. */
  run(): void {
    this.stopRequested = false;
    const queue = this.queue;
    while (queue.size > 0) {
      if (!queue.pop()) continue;
      this.dispatch(queue.poppedTime, queue.poppedHandler, queue.poppedPayload);
      if (this.stopRequested) return;
    }
  }

  /** The named random stream: the same object for the same name, its sequence fixed by (seed, name). */
  stream(name: string): RandomStream {
    let stream = this.streams.get(name);
    if (stream === undefined) {
      stream = new RandomStream(this.seed, name);
      this.streams.set(name, stream);
    }
    return stream;
  }

  /**
   * Month-end hook: runs `handler(sim, monthIndex)` at the end of every term month not yet ended
   * (at calendar.monthStartMinute(monthIndex + 1)), one event per month. Call it before models
   * schedule their own events: at a month boundary the month then closes before any event of
   * the next month scheduled later runs (FIFO on equal times).
   */
  everyMonthEnd(handler: EventHandler): HandlerId {
    const id = this.on(handler);
    for (let m = 0; m < this.calendar.months; m++) {
      const end = this.calendar.monthStartMinute(m + 1);
      if (end >= this.nowMinute) this.queue.push(end, id, m);
    }
    return id;
  }

  private dispatch(time: number, handler: number, payload: number): void {
    if (this.processed >= this.eventBudget) {
      throw new EventBudgetExceededError(
        this.eventBudget,
        time,
        this.processed,
        this.calendar.minuteToDateTime(Math.max(0, time)),
        this.processed > 0 ? this.busiestOwner() : this.owners[this.handlerOwner[handler]],
        this.eventsByOwner(),
      );
    }
    this.nowMinute = time;
    this.processed++;
    const owner = this.handlerOwner[handler];
    this.ownerEvents[owner]++;
    if ((this.processed & WATCH_MASK) === 0 && this.watchdog) this.checkpoint(this.owners[owner]);
    this.handlers[handler](this, payload);
  }
}
