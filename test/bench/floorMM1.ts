/**
 * The floor: the same M/M/1 workload as a minimal hand-written loop over a typed-array binary heap
 * (time + event kind, no sequence numbers, no cancellation, no handler table, no checks). It is
 * what a kernel could at best approach; the benchmark reports kernel / floor.
 */
import {
  MM1_ARRIVAL_MEAN_MINUTES,
  MM1_SERVICE_MEAN_MINUTES,
  type MM1Outcome,
  mm1Streams,
} from './mm1Workload.ts';

const ARRIVAL = 0;
const DEPARTURE = 1;

export function runFloorMM1(events: number): MM1Outcome {
  const { arrivals, service } = mm1Streams();
  const times = new Float64Array(64);
  const kinds = new Int32Array(64);
  let size = 0;

  const push = (time: number, kind: number): void => {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (times[parent] <= time) break;
      times[i] = times[parent];
      kinds[i] = kinds[parent];
      i = parent;
    }
    times[i] = time;
    kinds[i] = kind;
  };

  let now = 0;
  let inSystem = 0;
  let served = 0;
  push(0, ARRIVAL);
  for (let processed = 0; processed < events; processed++) {
    now = times[0];
    const kind = kinds[0];
    // pop: sift the last entry down from the root
    const n = --size;
    if (n > 0) {
      const time = times[n];
      const k = kinds[n];
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && times[child + 1] < times[child]) child++;
        if (time <= times[child]) break;
        times[i] = times[child];
        kinds[i] = kinds[child];
        i = child;
      }
      times[i] = time;
      kinds[i] = k;
    }
    if (kind === ARRIVAL) {
      inSystem++;
      push(now + arrivals.exponential(MM1_ARRIVAL_MEAN_MINUTES), ARRIVAL);
      if (inSystem === 1) push(now + service.exponential(MM1_SERVICE_MEAN_MINUTES), DEPARTURE);
    } else {
      served++;
      inSystem--;
      if (inSystem > 0) push(now + service.exponential(MM1_SERVICE_MEAN_MINUTES), DEPARTURE);
    }
  }
  return { events, finalMinute: now, served };
}
