/**
 * The floor: the same M/M/1 workload as mm1Kernel.ts on a minimal hand-written event loop — a
 * binary heap over preallocated typed arrays keyed by (time, sequence), event kinds dispatched by a
 * switch, no handler table, no cancellation, no budget, no validation. It is what a kernel could
 * cost at best in this language; kernel.ratioToFloor says how close the real kernel comes.
 */
import { type Mm1Summary, type Mm1Workload, mm1Streams } from './mm1Kernel.ts';

const ARRIVAL = 0;
const DEPARTURE = 1;

export function runFloorMm1(workload: Mm1Workload): Mm1Summary {
  const { arrivals: arrivalStream, service: serviceStream } = mm1Streams(workload.seed);
  const interarrivalMean = workload.interarrivalMeanMinutes;
  const serviceMean = workload.serviceMeanMinutes;
  // At most two events are pending in M/M/1 (the next arrival and the current departure).
  const capacity = 16;
  const times = new Float64Array(capacity);
  const seqs = new Float64Array(capacity);
  const kinds = new Int32Array(capacity);
  let size = 0;
  let nextSeq = 0;

  function push(time: number, kind: number): void {
    const seq = nextSeq++;
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (times[parent] <= time) break;
      times[i] = times[parent];
      seqs[i] = seqs[parent];
      kinds[i] = kinds[parent];
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    kinds[i] = kind;
  }

  /** Removes the root; returns its kind (its time is in times[0] before the call). */
  function pop(): number {
    const topKind = kinds[0];
    const n = --size;
    if (n > 0) {
      const time = times[n];
      const seq = seqs[n];
      const kind = kinds[n];
      let i = 0;
      while (2 * i + 1 < n) {
        let child = 2 * i + 1;
        const right = child + 1;
        if (
          right < n &&
          (times[right] < times[child] || (times[right] === times[child] && seqs[right] < seqs[child]))
        ) {
          child = right;
        }
        if (time < times[child] || (time === times[child] && seq < seqs[child])) break;
        times[i] = times[child];
        seqs[i] = seqs[child];
        kinds[i] = kinds[child];
        i = child;
      }
      times[i] = time;
      seqs[i] = seq;
      kinds[i] = kind;
    }
    return topKind;
  }

  let now = 0;
  let events = 0;
  let arrivalsLeft = workload.arrivals;
  let inSystem = 0;
  let lastChange = 0;
  let customerMinutes = 0;

  push(arrivalStream.exponential(interarrivalMean), ARRIVAL);
  while (size > 0) {
    now = times[0];
    const kind = pop();
    events++;
    customerMinutes += inSystem * (now - lastChange);
    lastChange = now;
    switch (kind) {
      case ARRIVAL:
        inSystem++;
        if (inSystem === 1) push(now + serviceStream.exponential(serviceMean), DEPARTURE);
        if (--arrivalsLeft > 0) push(now + arrivalStream.exponential(interarrivalMean), ARRIVAL);
        break;
      case DEPARTURE:
        inSystem--;
        if (inSystem > 0) push(now + serviceStream.exponential(serviceMean), DEPARTURE);
        break;
    }
  }
  return { events, endMinute: now, customerMinutes };
}
