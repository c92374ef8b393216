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
}

/** Default event budget: well above a 36-month cloud run, low enough to stop a runaway in seconds. */
export const DEFAULT_EVENT_BUDGET = 50_000_000;

export class EventBudgetExceededError extends Error {
  readonly budget: number;
  readonly minute: number;
  readonly eventsProcessed: number;

  constructor(budget: number, minute: number, eventsProcessed: number, when: string) {
    super(
      `event budget of ${budget} events exceeded at minute ${minute} (${when}) after ` +
        `${eventsProcessed} events processed: a process is probably rescheduling itself without end`,
    );
    this.name = 'EventBudgetExceededError';
    this.budget = budget;
    this.minute = minute;
    this.eventsProcessed = eventsProcessed;
  }
}

export class Simulation {
  readonly seed: Seed;
  readonly calendar: TermCalendar;
  readonly eventBudget: number;
  private readonly queue = new EventQueue();
  private readonly handlers: EventHandler[] = [];
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
    return this.handlers.length - 1;
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
      );
    }
    this.nowMinute = time;
    this.processed++;
    this.handlers[handler](this, payload);
  }
}
