/** The M/M/1 workload on the kernel: two handlers, state in closure variables, runUntil + stop. */
import { Simulation } from '../../src/engine/simulation.ts';
import {
  MM1_ARRIVAL_MEAN_MINUTES,
  MM1_SEED,
  MM1_SERVICE_MEAN_MINUTES,
  type MM1Outcome,
  mm1Streams,
} from './mm1Workload.ts';

export function runKernelMM1(events: number): MM1Outcome {
  const sim = new Simulation({
    seed: MM1_SEED,
    termStartDate: '2023-01-01',
    termMonths: 36,
    eventBudget: events + 10,
  });
  const { arrivals, service } = mm1Streams();
  let inSystem = 0;
  let served = 0;
  let processed = 0;
  const departure = sim.on((s) => {
    served++;
    inSystem--;
    if (inSystem > 0) s.scheduleIn(service.exponential(MM1_SERVICE_MEAN_MINUTES), departure);
    if (++processed >= events) s.stop();
  });
  const arrival = sim.on((s) => {
    inSystem++;
    s.scheduleIn(arrivals.exponential(MM1_ARRIVAL_MEAN_MINUTES), arrival);
    if (inSystem === 1) s.scheduleIn(service.exponential(MM1_SERVICE_MEAN_MINUTES), departure);
    if (++processed >= events) s.stop();
  });
  sim.schedule(0, arrival);
  sim.runUntil(Number.POSITIVE_INFINITY);
  return { events: sim.eventsProcessed, finalMinute: sim.now, served };
}
