/**
 * The contract's life drawn on month-by-month charts: after an exit the plot is greyed from the exit
 * day on, labelled "contract ended"; a renewal's first month gets a dashed rule labelled "renewal".
 * The results page provides the run's lifecycle once (LifecycleProvider); every chart that draws
 * months adds <LifecycleMarks box months /> and gets them, with no prop threading. Without a provider
 * (compare, explanations of one term) nothing is drawn.
 */
import { createContext, type ReactNode, useContext } from 'react';
import type { LifecycleSummary } from '../../results/lifecycleSummary.ts';
import { sumMoneyStrings } from '../format/cny.ts';
import { formatDate, formatMonthShort } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { type ChartBox, innerWidth } from './scales.ts';

const LifecycleContext = createContext<LifecycleSummary | null>(null);

/** The run's lifecycle when it spans exactly these months (else null: another run's chart). */
export function useLifecycle(months: number): LifecycleSummary | null {
  const life = useContext(LifecycleContext);
  return life && life.monthsInForce.length === months ? life : null;
}

/**
 * With more than one contract term: per month, the contract totals of the terms up to that month's
 * (cumulative spend runs on across the boundary, so its reference steps up at each renewal). Null
 * for a single term.
 */
export function contractTotalSteps(life: LifecycleSummary | null, months: number): string[] | null {
  if (!life || life.terms.length < 2) return null;
  const steps = new Array<string>(months).fill('0.00');
  let through = '0.00';
  for (const term of life.terms) {
    through = sumMoneyStrings([through, term.totalInclVatCny]);
    for (let m = term.startMonth; m < Math.min(months, term.startMonth + term.months); m++)
      steps[m] = through;
  }
  for (let m = 1; m < months; m++) if (steps[m] === '0.00') steps[m] = steps[m - 1];
  return steps;
}

export function LifecycleProvider({
  value,
  children,
}: {
  value: LifecycleSummary | undefined;
  children: ReactNode;
}) {
  return <LifecycleContext.Provider value={value ?? null}>{children}</LifecycleContext.Provider>;
}

/** x of a point `fraction` of the way through month `month`'s slot (the charts centre months in slots). */
function slotX(month: number, fraction: number, months: number, box: ChartBox): number {
  return box.margin.left + (innerWidth(box) / Math.max(1, months)) * (month + fraction);
}

export function LifecycleMarks({
  box,
  monthLabels,
}: {
  box: ChartBox;
  /** The chart's months: marks are drawn only when they are the run's whole horizon. */
  monthLabels: readonly string[];
}) {
  const life = useContext(LifecycleContext);
  const t = useT();
  const lang = useLanguage();
  const months = monthLabels.length;
  if (!life || life.monthsInForce.length !== months) return null;
  const top = box.margin.top;
  const bottom = box.height - box.margin.bottom;
  const right = box.width - box.margin.right;
  const exit = life.exit;
  return (
    <g className="lifecycle-marks" data-testid="lifecycle-marks">
      {life.terms.slice(1).map((term) => {
        const x = slotX(term.startMonth, 0, months, box);
        return (
          <g key={term.index} data-testid="renewal-mark">
            <line x1={x} x2={x} y1={top} y2={bottom} stroke="#555" strokeDasharray="3 3" />
            <text x={x + 4} y={top + 12} fontSize={11} fill="#333">
              {t('lifecycle.renewal', { date: formatMonthShort(monthLabels[term.startMonth], lang) })}
            </text>
          </g>
        );
      })}
      {exit && (
        <g data-testid="exit-mark">
          <rect
            x={slotX(exit.month, exit.daysInForce / exit.daysInMonth, months, box)}
            y={top}
            width={Math.max(0, right - slotX(exit.month, exit.daysInForce / exit.daysInMonth, months, box))}
            height={bottom - top}
            fill="#9e9e9e"
            opacity={0.3}
          />
          <text x={right - 4} y={top + 12} textAnchor="end" fontSize={11} fill="#333">
            {t('lifecycle.ended', { date: formatDate(exit.date, lang) })}
          </text>
        </g>
      )}
    </g>
  );
}

/**
 * A reference that changes over time (a quota amended or renewed, the contract totals of the terms so
 * far), drawn as a dashed step across each month's slot, with its last value labelled at the right.
 */
export function StepLine({
  box,
  values,
  x,
  y,
  colour,
  label,
}: {
  box: ChartBox;
  values: readonly number[];
  x: (month: number) => number;
  y: (value: number) => number;
  colour: string;
  label: string;
}) {
  const half = innerWidth(box) / Math.max(1, values.length) / 2;
  const d = values.map((v, m) => `${m === 0 ? 'M' : 'L'}${x(m) - half},${y(v)}H${x(m) + half}`).join('');
  return (
    <g className="quota-line" data-testid="step-line">
      <path d={d} fill="none" stroke={colour} strokeWidth={2} strokeDasharray="6 4" />
      {labelFitsMargin(label, box) ? (
        <text x={box.width - box.margin.right + 4} y={y(values.at(-1) ?? 0)} dy="0.32em" fill={colour}>
          {label}
        </text>
      ) : (
        <text x={box.width - box.margin.right} y={y(values.at(-1) ?? 0) - 6} textAnchor="end" fill={colour}>
          {label}
        </text>
      )}
    </g>
  );
}

/**
 * Whether a label fits the right margin at the charts' 11–12 px type (CJK about 12 px a character,
 * the rest about 7): a longer one (a two-term total, ¥1116.66万) goes above the line's end instead
 * of being cut off at the chart's edge.
 */
function labelFitsMargin(label: string, box: ChartBox): boolean {
  let width = 0;
  for (const ch of label) width += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 7;
  return width <= box.margin.right - 6;
}
