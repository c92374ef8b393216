/**
 * Building blocks shared by the section schemas. Every number is finite (zod rejects NaN and
 * ±Infinity), every string and array has a length cap, and money or exact ratios travel as decimal
 * strings, never as JSON numbers, so nothing a user pastes can make the simulation run away or lose a fen.
 */
import { z } from 'zod';
import { check } from '../issueRule.ts';

/** Longest free text (descriptions, notes, sources), in characters. */
export const MAX_TEXT_CHARS = 2000;
/** Longest display name, in characters. */
export const MAX_NAME_CHARS = 120;

/** A finite number in [min, max]. */
export function numberIn(min: number, max: number) {
  return z.number().min(min).max(max);
}

/** A whole number in [min, max]. */
export function intIn(min: number, max: number) {
  return z.int().min(min).max(max);
}

/** A fraction in [0, 1]. */
export const fraction = numberIn(0, 1);

/** A finite, non-negative rate with a generous cap (per year, per hour, …). */
export const nonNegativeRate = numberIn(0, 1e9);

/** A strictly positive finite number. */
export const positiveNumber = z.number().gt(0).max(1e12);

/** The string patterns below, named so messages can say which form was expected (formatIssue.ts). */
export const STRING_PATTERNS = {
  id: /^[a-z0-9][a-z0-9-]*$/,
  money: /^\d{1,12}\.\d{2}$/,
  decimal: /^\d{1,12}(\.\d{1,20})?$/,
  date: /^(20|21)\d{2}-\d{2}-\d{2}$/,
} as const;

/** Lower-case slug used for ids of scenarios, systems, categories, catalog items and hosts. */
export const idString = z
  .string()
  .max(64)
  .regex(STRING_PATTERNS.id, 'expected an id of lower-case letters, digits and dashes');

export const nameText = z.string().min(1).max(MAX_NAME_CHARS);
export const freeText = z.string().max(MAX_TEXT_CHARS);

/** Yuan with exactly two decimals, e.g. "5767200.00" (no sign, at most 12 integer digits). */
export const moneyString = z
  .string()
  .regex(STRING_PATTERNS.money, "expected a money string with two decimals, like '5767200.00'");

/** A non-negative decimal as a string, e.g. "0.06", "1.091234567890", "36". */
export const decimalString = z
  .string()
  .regex(STRING_PATTERNS.decimal, "expected a decimal number as a string, like '0.06'");

/** A decimal string in [0, 1], e.g. a VAT or discount rate. */
export const rateString = decimalString.refine((s) => Number(s) <= 1, {
  message: 'expected a rate between 0 and 1',
  params: check('rate'),
});

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A calendar date 'YYYY-MM-DD' between 2000 and 2199 (checked without the Date object). */
export const isoDate = z
  .string()
  .regex(STRING_PATTERNS.date, "expected a date 'YYYY-MM-DD' between 2000 and 2199")
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number);
      return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
    },
    { message: 'expected a real calendar date', params: check('calendarDate') },
  );

/** Whole months between the month of `fromDate` and the month of `toDate` ('YYYY-MM-DD'). */
export function monthOffset(fromDate: string, toDate: string): number {
  const [y0, m0] = fromDate.split('-').map(Number);
  const [y1, m1] = toDate.split('-').map(Number);
  return (y1 - y0) * 12 + (m1 - m0);
}

/** Days from `fromDate` to `toDate` (both 'YYYY-MM-DD'), proleptic Gregorian, no Date object. */
export function daysBetween(fromDate: string, toDate: string): number {
  return dayNumber(toDate) - dayNumber(fromDate);
}

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  // Days since 0000-03-01, shifting January and February to the end of the previous year.
  const yy = m <= 2 ? y - 1 : y;
  const mm = m <= 2 ? m + 9 : m - 3;
  return (
    365 * yy +
    Math.floor(yy / 4) -
    Math.floor(yy / 100) +
    Math.floor(yy / 400) +
    Math.floor((153 * mm + 2) / 5) +
    d
  );
}

/** A profile of `length` non-negative multipliers (24 hours, 7 weekdays Mon..Sun, 12 months Jan..Dec). */
export function profile(length: number) {
  return z.array(numberIn(0, 100)).length(length);
}

/**
 * Growth of a quantity over time. `ratePerYear` is dimensionless: 'compound' multiplies by
 * (1 + rate) each year (continuously pro-rated by month); 'linear' adds rate × the starting value
 * each year, never compounding.
 */
export const growthSpec = z.strictObject({
  kind: z.enum(['linear', 'compound']),
  ratePerYear: numberIn(0, 10),
});
export type GrowthSpec = z.infer<typeof growthSpec>;
