/**
 * Money on screen. Amounts arrive as money strings ("961200.00", optionally signed) from decimal.js
 * in the contract floor; every function here works on the digits as text, so no amount ever passes
 * through a float on its way to the screen.
 */
import type { Language } from '../i18n/language.ts';

const MONEY = /^(-?)(\d+)(?:\.(\d+))?$/;

function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "5767200.00" → "¥5,767,200.00" (same grouping in zh-CN and en). Unparseable input is returned as is. */
export function formatCny(amount: string): string {
  const m = MONEY.exec(amount);
  if (!m) return amount;
  const [, sign, whole, frac = ''] = m;
  const fen = (frac + '00').slice(0, 2);
  return `${sign}¥${groupThousands(whole.replace(/^0+(?=\d)/, ''))}.${fen}`;
}

/** Adds one to a string of decimal digits ("0999" → "1000"); the result may be one digit longer. */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') out[i] = '0';
    else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return '1' + out.join('');
}

/**
 * Divides a decimal string by 10^shift and rounds half away from zero to `decimals` places, by
 * moving the decimal point in the text. Returns the unsigned digits as "whole.frac" (frac may be "").
 */
export function shiftDecimal(whole: string, frac: string, shift: number, decimals: number): string {
  const digits = (whole + frac).replace(/^0+(?=\d)/, '');
  let point = digits.length - frac.length - shift; // position of the point in `digits`
  let padded = digits;
  if (point < 1) {
    padded = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  const keep = padded.slice(0, point + decimals).padEnd(point + decimals, '0');
  const next = padded.charAt(point + decimals);
  const rounded = next >= '5' && next !== '' ? incrementDigits(keep) : keep;
  const wholeLen = rounded.length - decimals;
  const w = rounded.slice(0, wholeLen).replace(/^0+(?=\d)/, '') || '0';
  return decimals > 0 ? `${w}.${rounded.slice(wholeLen)}` : w;
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * The suffixes of `Intl.NumberFormat(lang, { notation: 'compact' })`, so compact money reads like
 * every other compact number on screen: Chinese counts in 万 (10^4) and 亿 (10^8); English in
 * K, M and B (test/app/format.test.ts checks the two agree).
 */
const COMPACT_UNITS: Record<Language, { shift: number; suffix: string }[]> = {
  'zh-CN': [
    { shift: 8, suffix: '亿' },
    { shift: 4, suffix: '万' },
  ],
  en: [
    { shift: 9, suffix: 'B' },
    { shift: 6, suffix: 'M' },
    { shift: 3, suffix: 'K' },
  ],
};

/**
 * Compact money for chart axes and tight labels only ("5767200.00" → "¥576.72万" in zh-CN,
 * "¥5.77M" in en), two decimals at most, trailing zeros dropped ("¥200万"). Tables and tooltips
 * show the full amount with `formatCny`.
 */
export function formatCnyCompact(amount: string, lang: Language): string {
  const m = MONEY.exec(amount);
  if (!m) return amount;
  const [, sign, whole, frac = ''] = m;
  const magnitude = whole.replace(/^0+/, '').length; // digits before the point
  for (const unit of COMPACT_UNITS[lang]) {
    if (magnitude > unit.shift) {
      return `${sign}¥${trimZeros(shiftDecimal(whole, frac, unit.shift, 2))}${unit.suffix}`;
    }
  }
  return `${sign}¥${trimZeros(shiftDecimal(whole, frac, 0, 2))}`;
}

/**
 * A number that is already a round axis tick (from d3's `ticks()`, e.g. 2000000) as a money string.
 * Only for axis ticks, whose values are picked by the scale rather than computed from amounts.
 */
export function tickToMoneyString(tick: number): string {
  return tick.toFixed(2);
}

/** Sums money strings exactly, in integer fen (BigInt), e.g. for cumulative labels. */
export function sumMoneyStrings(amounts: readonly string[]): string {
  let fen = 0n;
  for (const a of amounts) {
    const m = MONEY.exec(a);
    if (!m) continue;
    const [, sign, whole, frac = ''] = m;
    const v = BigInt(whole + (frac + '00').slice(0, 2));
    fen += sign ? -v : v;
  }
  const neg = fen < 0n;
  const abs = (neg ? -fen : fen).toString().padStart(3, '0');
  return `${neg ? '-' : ''}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

/** Integer with thousands separators (grouping is the same in zh-CN and en). */
export function formatInteger(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + groupThousands(String(Math.trunc(Math.abs(n))));
}

/**
 * An exact amount with every decimal it carries ("18877.4256" → "¥18,877.4256"), for the unrounded
 * products of an explanation; signed amounts keep their sign ("-0.0032" → "-¥0.0032").
 */
export function formatCnyExact(amount: string): string {
  const m = MONEY.exec(amount);
  if (!m) return amount;
  const [, sign, whole, frac] = m;
  return `${sign}¥${groupThousands(whole.replace(/^0+(?=\d)/, ''))}${frac ? `.${frac}` : ''}`;
}

/** A decimal quantity as text ("2268", "206.4704"), grouped in thousands, never through a float. */
export function formatDecimalText(value: string): string {
  const m = MONEY.exec(value);
  if (!m) return value;
  const [, sign, whole, frac] = m;
  return `${sign}${groupThousands(whole.replace(/^0+(?=\d)/, ''))}${frac ? `.${frac}` : ''}`;
}

/**
 * A unit price for reading: at most four decimals (the catalog's effective prices carry up to 20),
 * trailing zeros dropped, "≈" when digits were dropped ("18.877425609…" → "≈¥18.8774"). Tables keep
 * the exact price in a tooltip; amounts are always computed from the exact one.
 */
export function formatUnitPrice(price: string): string {
  const m = MONEY.exec(price);
  if (!m) return price;
  const [, sign, whole, frac = ''] = m;
  const kept = shiftDecimal(whole, frac, 0, 4);
  const [w, f = ''] = kept.split('.');
  const decimals = f.replace(/0+$/, '').padEnd(2, '0');
  const exact = frac.replace(/0+$/, '').length <= 4;
  return `${exact ? '' : '≈'}${sign}¥${groupThousands(w)}.${decimals}`;
}
