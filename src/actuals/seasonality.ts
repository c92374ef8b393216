/**
 * Monthly factors a measured series moves with, read from the scenario being calibrated: the links'
 * annual profiles (demand = peak × … × annual[month]) and the SMS categories' seasonality weighted
 * by their yearly volumes. Other series have none. Factors are returned raw; fitTrend normalises
 * them to mean 1 and drops a flat profile.
 */

import type { Scenario } from '../scenario/schema.ts';
import type { ActualsMeasuredKey } from '../scenario/sections/actuals.ts';

export function seasonalFactorsFor(scenario: Scenario, column: ActualsMeasuredKey): number[] | undefined {
  switch (column) {
    case 'egress_p95_mbps':
    case 'egress_peak_mbps':
      return [...scenario.network.egress.annual];
    case 's2s_p95_mbps':
    case 's2s_peak_mbps':
      return [...scenario.network.serverToServer.annual];
    case 'sms_sent': {
      const byMonth = new Array<number>(12).fill(0);
      for (const c of scenario.sms.categories) {
        const weight = c.seasonality.reduce((s, v) => s + v, 0);
        if (!(weight > 0) || c.messagesPerYear <= 0) continue;
        for (let m = 0; m < 12; m++) byMonth[m] += (c.messagesPerYear * c.seasonality[m]) / weight;
      }
      return byMonth.some((v) => v > 0) && byMonth.every((v) => v > 0) ? byMonth : undefined;
    }
    default:
      return undefined;
  }
}
