/**
 * What was measured and paid, and the trends fitted to it (src/actuals/ builds this section from
 * an actuals table; `npm run sim -- calibrate` and the Actuals panel write it). Optional: a scenario
 * without it runs as before.
 *
 * A scenario with it runs "as of" `asOf`: in term months up to and including the as-of month each
 * measured series is carried as `history` (the numbers the city measured, not simulated ones);
 * from the month after, each fitted series follows its fit (level at the as-of month, growth,
 * parameter uncertainty and noise) and everything else follows the models. Quota breaches count
 * only the months after the as-of month; money already paid (`paidCny`) is kept apart from money
 * projected.
 */
import { z } from 'zod';
import { fraction, moneyString, nameText, numberIn, profile } from './common.ts';

/** Columns of an actuals table that the scenario can carry (src/actuals/columns.ts documents them). */
export const ACTUALS_MEASURED_KEYS = [
  'vcpu_allocated',
  'ram_gb_allocated',
  'disk_tb_allocated',
  'vm_count',
  'storage_primary_tb',
  'storage_backup_tb',
  'egress_p95_mbps',
  'egress_peak_mbps',
  's2s_p95_mbps',
  's2s_peak_mbps',
  'sms_sent',
  'db_peak_cores',
  'host_failures',
  'db_failures',
] as const;
export type ActualsMeasuredKey = (typeof ACTUALS_MEASURED_KEYS)[number];

/** 'YYYY-MM' between 2000 and 2199. */
export const yearMonth = z
  .string()
  .regex(/^(20|21)\d{2}-(0[1-9]|1[0-2])$/, "expected a month 'YYYY-MM' between 2000 and 2199");

const finite = numberIn(-1e15, 1e15);

/** One candidate model of a fitted trend, on its fitted scale (the unit, or its log for compound). */
const trendModelFields = {
  model: z.enum(['linear', 'compound']),
  /** Degrees of freedom of the noise estimate (months fitted − 2). */
  dof: z.int().min(1).max(238),
  /** Trend at the as-of month: unit (linear) or ln(unit) (compound). */
  level: finite,
  /** Change per month: unit per month (linear) or log-growth per month (compound). */
  slope: finite,
  varLevel: numberIn(0, 1e30),
  covLevelSlope: numberIn(-1e30, 1e30),
  varSlope: numberIn(0, 1e30),
  /** Residual standard deviation on the fitted scale. */
  residualSd: numberIn(0, 1e15),
  /** Monthly factors (mean 1, January first) the trend is multiplied by; absent = none. */
  seasonal: profile(12).optional(),
  /** Akaike weight: the share of replications that follow this model. */
  weight: fraction,
};

/** A fitted trend (src/actuals/fitTrend.ts): the preferred model and, where the data left a choice, the other. */
export const actualsFitSchema = z
  .strictObject({
    column: z.enum(ACTUALS_MEASURED_KEYS),
    /** Months of actuals fitted. */
    n: z.int().min(3).max(240),
    ...trendModelFields,
    alternative: z.strictObject(trendModelFields).optional(),
  })
  .refine((f) => Math.abs(f.weight + (f.alternative?.weight ?? 0) - 1) < 1e-9, {
    message: 'expected the weights of the models to add up to 1',
    path: ['weight'],
  });
export type ActualsFit = z.infer<typeof actualsFitSchema>;

const historyValues = z.array(numberIn(0, 1e12).nullable()).max(120);

export const actualsSchema = z.strictObject({
  /** Where the actuals came from (a file name), for the reader. */
  source: nameText,
  /** The last month of actuals: history up to it, forecast after it. */
  asOf: yearMonth,
  /**
   * Per measured column, one value per term month from the term's first month to the as-of month
   * (null = not measured that month); empty when the as-of month is before the term.
   */
  history: z.partialRecord(z.enum(ACTUALS_MEASURED_KEYS), historyValues),
  /** Paid in each term month up to the as-of month, money strings; null = not paid (yet). */
  paidCny: z.array(moneyString.nullable()).max(120).optional(),
  fits: z.array(actualsFitSchema).max(ACTUALS_MEASURED_KEYS.length),
});
export type Actuals = z.infer<typeof actualsSchema>;
