/** The contract term: when it starts and how many whole months it runs. */
import { z } from 'zod';
import { intIn, isoDate } from './common.ts';

export const MAX_TERM_MONTHS = 120;

export const termSchema = z.strictObject({
  /** First day of the term, 'YYYY-MM-DD' (China Standard Time). Month 0 is this date's month. */
  startDate: isoDate,
  /** Whole months, 1..120. */
  months: intIn(1, MAX_TERM_MONTHS),
  /**
   * Public holidays and make-up working days (src/model/calendar/chinaHolidays.ts): 'china' (the
   * State Council's arrangements 2023–2026, later years projected from the holiday law) moves
   * working-day SMS and portal traffic; 'none' keeps plain Monday–Friday weeks. Absent = 'china'.
   */
  holidayCalendar: z.enum(['china', 'none']).optional(),
});
export type Term = z.infer<typeof termSchema>;

export const TERM_DEFAULTS: Term = { startDate: '2023-01-01', months: 36 };
