/**
 * The timeline's events on a time axis over the term: one marker per event at its month, shaped and
 * labelled by kind (colour is never the only cue), with the year boundaries marked.
 */
import { horizonMonthsOf } from '../../scenario/lifecycle.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { MAX_TERM_MONTHS } from '../../scenario/sections/term.ts';
import { formatDate } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';

const KIND_SYMBOL: Record<string, string> = {
  'onboard-system': '▲',
  'decommission-system': '▼',
  'migrate-out': '◀',
  'migrate-in': '▶',
  'price-change': '¥',
  'exit-notice': '✕',
};

function monthIndex(start: string, date: string): number {
  const [y0, m0] = start.split('-').map(Number);
  const [y, m] = date.split('-').map(Number);
  return (y - y0) * 12 + (m - m0);
}

export function TimelineAxis({ scenario }: { scenario: Scenario }) {
  const t = useT();
  const lang = useLanguage();
  // The whole horizon: the signed term and any renewal. The document may hold a value typed a moment
  // ago (1e12 months, not a number yet): draw at most the longest valid horizon, never an axis the
  // size of what was typed (that blanked or froze the page).
  const horizon = Number(horizonMonthsOf(scenario));
  const months = Number.isFinite(horizon) ? Math.min(MAX_TERM_MONTHS, Math.max(1, Math.floor(horizon))) : 1;
  const width = 900;
  const height = 90;
  const x = (m: number) => 20 + (Math.min(Math.max(m, 0), months) / months) * (width - 40);
  const years = Array.from({ length: Math.floor(months / 12) + 1 }, (_, y) => y);
  const events = scenario.timeline.map((e, i) => ({
    e,
    i,
    m: monthIndex(scenario.term.startDate, e.date ?? ''),
  }));
  return (
    <figure className="timeline-axis" data-testid="timeline-axis">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t('editor.timelineAxis', { count: events.length })}
      >
        <line x1={x(0)} x2={x(months)} y1={60} y2={60} stroke="currentColor" />
        {years.map((y) => (
          <g key={`year-${y}`}>
            <line x1={x(y * 12)} x2={x(y * 12)} y1={55} y2={65} stroke="currentColor" />
            <text x={x(y * 12)} y={82} textAnchor="middle" fontSize={12}>
              {Number(scenario.term.startDate.slice(0, 4)) + y}
            </text>
          </g>
        ))}
        {events.map(({ e, i, m }) => (
          <g key={i}>
            <title>{`${formatDate(e.date, lang)} · ${e.kind}${'systemId' in e ? ` · ${e.systemId}` : ''}`}</title>
            <text x={x(m)} y={48 - (i % 3) * 14} textAnchor="middle" fontSize={14}>
              {KIND_SYMBOL[e.kind] ?? '●'}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="muted">
        {t('editor.timelineLegend')}{' '}
        {Object.entries(KIND_SYMBOL)
          .map(([k, sym]) => `${sym} ${k}`)
          .join(' · ')}
      </figcaption>
    </figure>
  );
}
