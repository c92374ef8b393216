/**
 * SMS against the contract's ~1.5 M messages a year: categories with yearly volume, monthly
 * seasonality, deadline-day spikes and intraday batches, sent through a gateway of finite
 * throughput with a queue. Messages not in a batch follow their category's arrival curve.
 */
import { z } from 'zod';
import { check } from '../issueRule.ts';
import { idString, intIn, nameText, numberIn, profile } from './common.ts';
import { SMS_ARRIVAL_CURVE_NAMES } from './smsCurves.ts';

/** Most gateway channels a scenario may have (the M/D/c solution's cost grows with them). */
export const MAX_CHANNELS = 64;

/** Cap on the estate's SMS volume so a run stays bounded, messages a year. */
export const MAX_SMS_PER_YEAR = 100_000_000;

export const smsCategorySchema = z
  .strictObject({
    id: idString,
    name: nameText,
    nameZh: nameText,
    messagesPerYear: intIn(0, MAX_SMS_PER_YEAR),
    /** 12 monthly weights, January first; the year's volume is split in their proportion. */
    seasonality: profile(12),
    /** Days whose volume is `multiplier` × an ordinary day of that month (deadline days). */
    deadlineSpikes: z
      .array(z.strictObject({ month: intIn(1, 12), day: intIn(1, 31), multiplier: numberIn(1, 100) }))
      .max(50),
    /** Share of a day's messages sent as one batch at the start of `hour` (CST). */
    intradayBatches: z.array(z.strictObject({ hour: intIn(0, 23), share: numberIn(0, 1) })).max(24),
    /**
     * Sent on working days only (Mon–Fri, less public holidays, plus make-up working days when the
     * term's holidayCalendar is on) or every day.
     */
    workdaysOnly: z.boolean(),
    /**
     * When in the day the messages not in a batch are sent (smsCurves.ts); absent = 'portal'.
     * 'custom' uses customCurve.
     */
    arrivalCurve: z.enum(SMS_ARRIVAL_CURVE_NAMES).optional(),
    /** 24 hourly weights (hour 0 = 00:00 CST) for arrivalCurve 'custom'. */
    customCurve: profile(24).optional(),
  })
  .refine((c) => c.intradayBatches.reduce((s, b) => s + b.share, 0) <= 1 + 1e-9, {
    message: 'expected intraday batch shares to add up to at most 1',
    path: ['intradayBatches'],
    params: check('batchShares'),
  })
  .refine((c) => c.arrivalCurve !== 'custom' || (c.customCurve ?? []).some((w) => w > 0), {
    message: "expected a customCurve with some hour above 0 for arrivalCurve 'custom'",
    path: ['customCurve'],
    params: check('customCurve'),
  });
export type SmsCategory = z.infer<typeof smsCategorySchema>;

export const smsSchema = z.strictObject({
  /** Gateway throughput, messages per second (CMPP contract 流速), all channels together. */
  gatewayMessagesPerSecond: numberIn(0.1, 100_000),
  /**
   * Channels (CMPP connections) sharing that throughput, each sending one message at a time at
   * gatewayMessagesPerSecond ÷ channels; absent = 1.
   */
  gatewayChannels: intIn(1, MAX_CHANNELS).optional(),
  /**
   * How long one message holds a channel: 'deterministic' (the contract speed, every message alike:
   * the queue is M/D/c) or 'exponential' (M/M/c, Erlang C); absent = deterministic.
   */
  serviceTime: z.enum(['deterministic', 'exponential']).optional(),
  /** A message queued longer than this counts as delayed, seconds. */
  delayThresholdSeconds: numberIn(1, 86_400),
  categories: z.array(smsCategorySchema).max(50),
});
export type Sms = z.infer<typeof smsSchema>;

export const SMS_DEFAULTS: Sms = { gatewayMessagesPerSecond: 100, delayThresholdSeconds: 60, categories: [] };
