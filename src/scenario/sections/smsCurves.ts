/**
 * When in the day each kind of SMS is sent (CST, hour 0 = 00:00–01:00): relative weights, one per
 * hour, for the messages of a category that do not come in an intraday batch. ESTIMATES from how
 * each kind arises — none is measured data; a scenario may give its own curve ('custom').
 * - portal: the portal's working-day activity (PORTAL_DIURNAL): verification codes and whatever
 *   follows a citizen's own action.
 * - appointment-reminders: reminders for the next day's appointments sent in the late afternoon
 *   and evening, and same-day reminders early in the morning.
 * - approval-notices: sent as officials approve, in office hours (08:30–12:00, 14:30–18:00; Henan's
 *   summer timetable, winter afternoons start at 14:00), a trickle around them.
 * - official-notices: non-marketing government notices, sent in daytime only (09:00–20:00): the
 *   industry's rule of not disturbing people at night (21:00–08:00) is kept by official senders too.
 * - around-the-clock: every hour alike (system alarms, machine-triggered messages).
 */
import { PORTAL_DIURNAL } from './modelConstants.ts';

export const SMS_ARRIVAL_CURVES = {
  portal: PORTAL_DIURNAL,
  'appointment-reminders': [
    0, 0, 0, 0, 0, 0, 0.1, 0.6, 0.8, 0.4, 0.2, 0.2, 0.2, 0.2, 0.3, 0.5, 0.8, 1, 0.9, 0.6, 0.3, 0.1, 0, 0,
  ],
  'approval-notices': [
    0, 0, 0, 0, 0, 0, 0, 0.05, 0.5, 1, 1, 0.9, 0.2, 0.05, 0.4, 1, 1, 0.9, 0.3, 0.1, 0.05, 0, 0, 0,
  ],
  'official-notices': [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.8, 1, 1, 0.6, 0.5, 0.8, 1, 1, 0.8, 0.6, 0.4, 0, 0, 0, 0],
  'around-the-clock': new Array<number>(24).fill(1),
} as const satisfies Record<string, readonly number[]>;

export type SmsArrivalCurve = keyof typeof SMS_ARRIVAL_CURVES | 'custom';

export const SMS_ARRIVAL_CURVE_NAMES = [
  ...(Object.keys(SMS_ARRIVAL_CURVES) as (keyof typeof SMS_ARRIVAL_CURVES)[]),
  'custom',
] as const;
