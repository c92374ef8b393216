/**
 * Tick labels of a value axis, one style per axis: every tick of an axis is written the same way, so
 * an axis never reads "80,000 / 100K" or "¥50 k / 100K". From 10,000 up the whole axis is compact
 * (万/亿 in Chinese, K/M/B in English, as Intl.NumberFormat writes them); below it the ticks are
 * grouped numbers with as many decimals as the tick step needs, so small steps never print as
 * "0, 0, 1, 1".
 */
import type { Language } from '../i18n/language.ts';
import { formatCompactNumber, formatNumber } from './numbers.ts';

export type AxisStyle = 'number' | 'money';

/** From this magnitude on, an axis is written compact. */
export const COMPACT_FROM = 10_000;

/** Decimals that write a tick step exactly: 0 for 1 or more, 1 for 0.2, 2 for 0.25 or 0.05. */
export function stepDecimals(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  let d = 0;
  while (d < 6 && Math.abs(step * 10 ** d - Math.round(step * 10 ** d)) > 1e-9 * 10 ** d) d++;
  return d;
}

function withSign(text: string, value: number, style: AxisStyle): string {
  if (style !== 'money') return text;
  return value < 0 ? `-¥${text.replace(/^-/, '')}` : `¥${text}`;
}

/**
 * A formatter for the ticks `values` (sorted or not) and for any other value drawn on the same axis
 * (a quota line's label), in one style for the whole axis.
 */
export function axisTickFormat(
  values: readonly number[],
  lang: Language,
  style: AxisStyle = 'number',
): (value: number) => string {
  const finite = values.filter(Number.isFinite);
  const sorted = [...new Set(finite)].sort((a, b) => a - b);
  const ticks = new Set(sorted);
  const step = sorted.length > 1 ? Math.min(...sorted.slice(1).map((v, i) => v - sorted[i])) : 1;
  const max = Math.max(0, ...finite.map(Math.abs));
  if (max >= COMPACT_FROM) {
    // The fewest compact decimals that write every tick exactly (1.25M needs two, 1.5M one).
    const label = (d: number) => sorted.map((v) => formatCompactNumber(v, lang, d)).join('|');
    let decimals = 0;
    while (decimals < 3 && label(decimals) !== label(decimals + 1)) decimals++;
    return (v) => withSign(formatCompactNumber(v, lang, ticks.has(v) ? decimals : decimals + 2), v, style);
  }
  const decimals = style === 'money' ? Math.min(2, stepDecimals(step)) : stepDecimals(step);
  // A value between ticks (a quota line) keeps two more decimals than the ticks need.
  return (v) => withSign(formatNumber(v, lang, ticks.has(v) ? decimals : decimals + 2), v, style);
}
