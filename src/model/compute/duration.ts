/**
 * Draws a duration from a scenario distribution spec (hours) and returns it in simulation minutes.
 * Shared by the host failure process and the database nodes.
 */
import { MINUTES_PER_HOUR } from '../../engine/calendar.ts';
import type { RandomStream } from '../../engine/random.ts';
import type { DistributionSpec } from '../../scenario/schema.ts';

export function sampleMinutes(stream: RandomStream, spec: DistributionSpec): number {
  return sampleHours(stream, spec) * MINUTES_PER_HOUR;
}

export function sampleHours(stream: RandomStream, spec: DistributionSpec): number {
  switch (spec.kind) {
    case 'exponential':
      return stream.exponential(spec.meanHours);
    case 'weibull':
      return stream.weibull(spec.shape, spec.scaleHours);
    case 'lognormal':
      return stream.lognormalFromMeanCv(spec.meanHours, spec.cv);
    case 'deterministic':
      return spec.hours;
    case 'triangular':
      return stream.triangular(spec.minHours, spec.modeHours, spec.maxHours);
  }
}
