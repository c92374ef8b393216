/**
 * The benchmark workload: an M/M/1 queue (Poisson arrivals, one exponential server, FIFO) built on
 * the kernel exactly as a model would use it — handlers registered with `on`, events scheduled with
 * `scheduleIn`, draws from named streams. `arrivals` customers arrive, then the queue drains, so the
 * run has exactly 2 × arrivals events. The floor (floor.ts) runs the same workload with the same
 * draws; both return the same summary, which run.ts compares to the bit.
 */
import { RandomStream } from '../../src/engine/random.ts';
import { Simulation } from '../../src/engine/simulation.ts';

export interface Mm1Workload {
  seed: number;
  arrivals: number;
  /** Mean time between arrivals, minutes. */
  interarrivalMeanMinutes: number;
  /** Mean service time, minutes (utilisation ρ = service mean ÷ interarrival mean). */
  serviceMeanMinutes: number;
}

/** What a run produced; identical for kernel and floor when they ran the same events in the same order. */
export interface Mm1Summary {
  events: number;
  endMinute: number;
  /** ∫ (customers in system) dt over the run, customer-minutes (Little: L = area ÷ end). */
  customerMinutes: number;
}

/** The two streams of the workload; both contenders take their draws from these, in the same order. */
export function mm1Streams(seed: number): { arrivals: RandomStream; service: RandomStream } {
  return { arrivals: new RandomStream(seed, 'arrivals'), service: new RandomStream(seed, 'service') };
}

export function runKernelMm1(workload: Mm1Workload): Mm1Summary {
  const sim = new Simulation({
    seed: workload.seed,
    termStartDate: '2023-01-01',
    termMonths: 36,
    eventBudget: 4 * workload.arrivals + 10,
  });
  const arrivalStream = sim.stream('arrivals');
  const serviceStream = sim.stream('service');
  const interarrivalMean = workload.interarrivalMeanMinutes;
  const serviceMean = workload.serviceMeanMinutes;
  let arrivalsLeft = workload.arrivals;
  let inSystem = 0;
  let lastChange = 0;
  let customerMinutes = 0;

  const departure = sim.on((s) => {
    const now = s.now;
    customerMinutes += inSystem * (now - lastChange);
    lastChange = now;
    inSystem--;
    if (inSystem > 0) s.scheduleIn(serviceStream.exponential(serviceMean), departure);
  });
  const arrival = sim.on((s) => {
    const now = s.now;
    customerMinutes += inSystem * (now - lastChange);
    lastChange = now;
    inSystem++;
    if (inSystem === 1) s.scheduleIn(serviceStream.exponential(serviceMean), departure);
    if (--arrivalsLeft > 0) s.scheduleIn(arrivalStream.exponential(interarrivalMean), arrival);
  });

  sim.schedule(arrivalStream.exponential(interarrivalMean), arrival);
  sim.run();
  return { events: sim.eventsProcessed, endMinute: sim.now, customerMinutes };
}
