/**
 * Benchmark section `kernel` + `floor`: events per second of the kernel on the M/M/1 workload and of
 * the minimal typed-array heap loop on the very same workload, in one process. Both run once to warm
 * up, then alternately REPETITIONS times; the medians are reported, and the ratio kernel / floor as
 * the median of each back-to-back pair's ratio (the machine's speed drifts between pairs, much less
 * within one).
 * Throws if the two did not simulate the same trajectory (so the comparison is of like with like).
 */
import { runFloorMM1 } from './floorMM1.ts';
import { runKernelMM1 } from './kernelMM1.ts';
import type { MM1Outcome } from './mm1Workload.ts';
import { type BenchSection, median, timed } from './timing.ts';

export const KERNEL_BENCH_EVENTS = 2_000_000;
const WARMUP_EVENTS = 500_000;
const REPETITIONS = 9;

function assertSameTrajectory(kernel: MM1Outcome, floor: MM1Outcome): void {
  if (
    kernel.events !== floor.events ||
    kernel.served !== floor.served ||
    kernel.finalMinute !== floor.finalMinute
  ) {
    throw new Error(`kernel and floor diverged: ${JSON.stringify({ kernel, floor })}`);
  }
}

export function benchSection(events = KERNEL_BENCH_EVENTS): BenchSection {
  for (let i = 0; i < 2; i++) {
    runKernelMM1(WARMUP_EVENTS);
    runFloorMM1(WARMUP_EVENTS);
  }
  const kernelRates: number[] = [];
  const floorRates: number[] = [];
  const ratios: number[] = [];
  for (let rep = 0; rep < REPETITIONS; rep++) {
    const kernel = timed(() => runKernelMM1(events));
    const floor = timed(() => runFloorMM1(events));
    assertSameTrajectory(kernel.result, floor.result);
    kernelRates.push(events / (kernel.ms / 1000));
    floorRates.push(events / (floor.ms / 1000));
    ratios.push(floor.ms / kernel.ms);
  }
  const kernelEventsPerSecond = median(kernelRates);
  const floorEventsPerSecond = median(floorRates);
  return {
    kernel: {
      workload: 'M/M/1 rho=0.9',
      events,
      repetitions: REPETITIONS,
      eventsPerSecond: Math.round(kernelEventsPerSecond),
      ratioToFloor: Number(median(ratios).toFixed(3)),
    },
    floor: {
      events,
      eventsPerSecond: Math.round(floorEventsPerSecond),
    },
  };
}
