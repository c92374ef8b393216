/**
 * The migration answer (issue 14), first on the results of a scenario that moves data: for each copy,
 * does it finish before its deadline (the exit, the systems' leave date, the system's start), how long
 * it takes (P50/P95 against the time available, and on an idle line), by how much it misses and what
 * rate would make it, and what it does to the line it shares. A self-contained section: the results
 * page registers it in one line. Units everywhere: hours, decimal TB, Mbit/s, GB.
 */
import { scaleLinear } from 'd3-scale';
import type { MigrationSummary } from '../../../results/migrationSummary.ts';
import type { RunSummary } from '../../../results/types.ts';
import { ChartFrame, type LegendItem } from '../../charts/ChartFrame.tsx';
import { BAND_FILL, MEDIAN_STROKE, OKABE_ITO } from '../../charts/palette.ts';
import { formatNumber } from '../../format/numbers.ts';
import type { Language } from '../../i18n/language.ts';
import type { Translate } from '../../i18n/translate.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { migrationFigures } from './migrationFigures.ts';

export function MigrationSection({ summary }: { summary: RunSummary }) {
  const migrations = summary.migrations;
  if (!migrations || migrations.length === 0) return null;
  return (
    <section className="migration-section" data-testid="migration-section" aria-labelledby="migration-0">
      {migrations.map((m, i) => (
        <MigrationAnswer key={m.timelineIndex} m={m} id={`migration-${i}`} />
      ))}
    </section>
  );
}

function MigrationAnswer({ m, id }: { m: MigrationSummary; id: string }) {
  const t = useT();
  const lang = useLanguage();
  const { title, inTime, verdict, rows } = migrationFigures(m, t, lang);
  return (
    <article className="migration-answer" data-testid="migration-answer" data-kind={m.kind}>
      <h2 id={id}>{title}</h2>
      <p
        className={`migration-verdict ${inTime ? 'yes' : 'no'}`}
        data-testid="migration-verdict"
        data-probability={m.finishProbability}
      >
        {verdict}
      </p>
      <div className="migration-body">
        <table className="data-table migration-figures">
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={`${label}|${value}`}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <DurationChart m={m} t={t} lang={lang} />
      </div>
      <p className="muted">
        {t(m.policy === 'hold' ? 'migration.policyHold' : 'migration.policyYield')} · {t('migration.units')}
      </p>
    </article>
  );
}

const BOX = { width: 640, height: 132, left: 16, right: 24, top: 28, bottom: 40 };
const WINDOW_FILL = '#d9d9d9';

/** The time available (grey) against the copy's duration: P5–P95 band, P50 line, idle-line dashes. */
function DurationChart({ m, t, lang }: { m: MigrationSummary; t: Translate; lang: Language }) {
  const finite = (v: number) => (Number.isFinite(v) ? v : 0);
  const top = Math.max(m.windowHours, finite(m.durationHours.p95), m.idleLineHours, 1) * 1.1;
  const x = scaleLinear()
    .domain([0, top])
    .nice(6)
    .range([BOX.left, BOX.width - BOX.right]);
  const [x0, x1] = x.range();
  const clamp = (v: number) => x(Math.min(Number.isFinite(v) ? v : top, x.domain()[1]));
  const rowY = BOX.top + 18;
  const axisY = BOX.height - BOX.bottom;
  const h = (v: number) => formatNumber(v, lang, 1);
  const legend: LegendItem[] = [
    { label: t('migration.chartWindow'), colour: WINDOW_FILL, kind: 'box' },
    { label: t('migration.chartBand'), colour: BAND_FILL, kind: 'box' },
    { label: t('migration.chartMedian'), colour: MEDIAN_STROKE, kind: 'line' },
    { label: t('migration.chartIdle'), colour: OKABE_ITO.black, kind: 'dashed' },
  ];
  return (
    <ChartFrame
      title={t('migration.chartTitle')}
      caption={t('migration.chartCaption')}
      legend={legend}
      testId="migration-chart"
    >
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-label={`${t('migration.chartTitle')}: ${t('migration.durationValue', { p50: h(m.durationHours.p50), p95: h(m.durationHours.p95) })}, ${t('migration.window')} ${h(m.windowHours)}`}
      >
        <rect
          x={x0}
          y={BOX.top}
          width={Math.max(0, clamp(m.windowHours) - x0)}
          height={36}
          fill={WINDOW_FILL}
        />
        <text x={clamp(m.windowHours)} y={BOX.top - 6} textAnchor="end" fontSize={12}>
          {t('migration.chartWindow')} {h(m.windowHours)} {t('migration.hoursAxis')}
        </text>
        <rect
          x={clamp(m.durationHours.p5)}
          y={rowY - 8}
          width={Math.max(2, clamp(m.durationHours.p95) - clamp(m.durationHours.p5))}
          height={16}
          fill={BAND_FILL}
          opacity={0.7}
        />
        <line
          x1={clamp(m.durationHours.p50)}
          x2={clamp(m.durationHours.p50)}
          y1={rowY - 12}
          y2={rowY + 12}
          stroke={MEDIAN_STROKE}
          strokeWidth={3}
        />
        <line
          x1={clamp(m.idleLineHours)}
          x2={clamp(m.idleLineHours)}
          y1={BOX.top}
          y2={axisY}
          stroke={OKABE_ITO.black}
          strokeDasharray="4 3"
        />
        <line x1={x0} x2={x1} y1={axisY} y2={axisY} stroke="currentColor" />
        {x.ticks(6).map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={axisY} y2={axisY + 4} stroke="currentColor" />
            <text x={x(v)} y={axisY + 16} textAnchor="middle" fontSize={12}>
              {formatNumber(v, lang, 0)}
            </text>
          </g>
        ))}
        <text x={x1} y={axisY + 32} textAnchor="end" fontSize={12}>
          {t('migration.hoursAxis')}
        </text>
      </svg>
    </ChartFrame>
  );
}
