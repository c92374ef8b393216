/**
 * The operations on a time axis over the horizon (the term and its renewals): one numbered marker
 * per operation at its date, shaped by kind (colour is never the only cue), years and term
 * boundaries marked, the exit drawn as the end of the line. The numbers match the list beside it.
 */
import { horizonMonthsOf } from '../../../scenario/lifecycle.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { monthOffset } from '../../../scenario/sections/common.ts';
import { MAX_TERM_MONTHS } from '../../../scenario/sections/term.ts';
import { formatDate } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import type { Operation } from './operations.ts';
import { operationKindName } from './operationText.ts';

export const KIND_SYMBOL: Record<string, string> = {
  'onboard-system': '▲',
  'grow-system': '⬆',
  'decommission-system': '▼',
  'migrate-out': '◀',
  'migrate-in': '▶',
  'add-hosts': '＋',
  'retire-hosts': '－',
  'quota-change': '■',
  'price-change': '¥',
  'exit-notice': '✕',
  'renew-term': '↻',
};

export function OperationsAxis({
  doc,
  operations,
  selected,
}: {
  doc: Scenario;
  operations: readonly Operation[];
  selected: number | null;
}) {
  const t = useT();
  const lang = useLanguage();
  // The whole horizon (term and renewals). While editing, the document may hold what was just typed
  // (1e12 months, not yet a valid term): draw at most ten of the longest terms, never an axis the size of
  // what was typed (Array.from of 1e11 years threw "Invalid array length" and took the view down).
  let months = Number(doc.term.months);
  try {
    months = Number(horizonMonthsOf(doc));
  } catch {
    // an invalid term while editing: the signed term's months
  }
  months = Number.isFinite(months) ? Math.min(10 * MAX_TERM_MONTHS, Math.max(1, Math.floor(months))) : 1;
  const width = 900;
  const height = 96;
  const x = (m: number) => 24 + (Math.min(Math.max(m, 0), months) / months) * (width - 48);
  const startYear = Number(doc.term.startDate.slice(0, 4));
  const startMonth = Number(doc.term.startDate.slice(5, 7)) - 1;
  const years = Array.from({ length: Math.ceil((months + startMonth) / 12) + 1 }, (_, y) => y)
    .map((y) => ({ year: startYear + y, m: y * 12 - startMonth }))
    .filter((y) => y.m >= 0 && y.m <= months);
  const exit = doc.timeline.find((e) => e.kind === 'exit-notice');
  const exitMonth = exit?.kind === 'exit-notice' ? monthOffset(doc.term.startDate, exit.exitDate) : null;
  const renewals = doc.timeline
    .filter((e) => e.kind === 'renew-term')
    .map((e) => monthOffset(doc.term.startDate, e.date));
  return (
    <figure className="timeline-axis" data-testid="timeline-axis">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t('ops.axis', { count: operations.length })}
      >
        <line x1={x(0)} x2={x(exitMonth ?? months)} y1={62} y2={62} stroke="currentColor" strokeWidth={2} />
        {exitMonth !== null && (
          <line x1={x(exitMonth)} x2={x(months)} y1={62} y2={62} stroke="#9aa5b4" strokeDasharray="4 4" />
        )}
        {years.map(({ year, m }) => (
          <g key={year}>
            <line x1={x(m)} x2={x(m)} y1={57} y2={67} stroke="currentColor" />
            <text x={x(m)} y={84} textAnchor="middle" fontSize={12}>
              {year}
            </text>
          </g>
        ))}
        {renewals.map((m) => (
          <line
            key={`renew-${m}`}
            x1={x(m)}
            x2={x(m)}
            y1={14}
            y2={70}
            stroke="#0072b2"
            strokeDasharray="3 3"
          />
        ))}
        {operations.map((op, i) => {
          const cx = x(op.month + 0.5);
          const row = i % 3;
          const y = 46 - row * 14;
          return (
            <g key={op.index} className={selected === op.index ? 'axis-op selected' : 'axis-op'}>
              <title>{`${i + 1}. ${formatDate(op.event.date, lang)} · ${operationKindName(op.event.kind, lang)}`}</title>
              <line x1={cx} x2={cx} y1={y + 3} y2={62} stroke="#9aa5b4" />
              <text
                x={cx}
                y={y}
                textAnchor="middle"
                fontSize={13}
                fontWeight={selected === op.index ? 700 : 400}
              >
                {KIND_SYMBOL[op.event.kind] ?? '●'}
                {i + 1}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
