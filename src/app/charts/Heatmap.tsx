/**
 * Hosts × {vCPU, RAM} utilisation at one month. Each cell also prints its percentage, so the
 * reading never depends on telling colours apart; a gradient legend explains the colour scale.
 */
import { formatPercent } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { HEATMAP_LAYOUT, type HostUtilisation, heatColour, heatmapGeometry } from './heatmapGeometry.ts';

export interface HeatmapProps {
  title: string;
  caption: string;
  hosts: readonly HostUtilisation[];
  testId?: string;
}

const GRADIENT_STOPS = [0, 0.25, 0.5, 0.75, 1];

export function Heatmap({ title, caption, hosts, testId }: HeatmapProps) {
  const t = useT();
  const lang = useLanguage();
  const g = heatmapGeometry(hosts);
  const L = HEATMAP_LAYOUT;
  const legendY = g.height + 14;
  const columns = [t('quota.vcpu'), t('quota.ramGb')];
  return (
    <ChartFrame title={title} caption={caption} legend={[]} testId={testId}>
      <div className="chart-heatmap">
        <svg viewBox={`0 0 ${g.width + 8} ${legendY + 34}`} role="img" aria-label={title}>
          <defs>
            <linearGradient id="heat-gradient">
              {GRADIENT_STOPS.map((s) => (
                <stop key={s} offset={`${s * 100}%`} stopColor={heatColour(s).fill} />
              ))}
            </linearGradient>
          </defs>
          {columns.map((label, col) => (
            <text
              key={label}
              x={L.labelWidth + col * L.cellWidth + L.cellWidth / 2}
              y={L.headerHeight - 9}
              textAnchor="middle"
              className="heat-header"
            >
              {label}
            </text>
          ))}
          {hosts.map((h, i) => (
            <text
              key={h.hostId}
              x={L.labelWidth - 8}
              y={L.headerHeight + i * L.cellHeight + L.cellHeight / 2}
              dy="0.32em"
              textAnchor="end"
            >
              {h.hostId}
            </text>
          ))}
          {g.cells.map((c) => (
            <g key={`${c.hostIndex}-${c.resource}`}>
              <rect x={c.x} y={c.y} width={c.width} height={c.height} fill={c.fill}>
                <title>{`${hosts[c.hostIndex].hostId} · ${c.resource === 'vcpu' ? columns[0] : columns[1]}: ${formatPercent(c.value, lang)}`}</title>
              </rect>
              <text
                x={c.x + c.width / 2}
                y={c.y + c.height / 2}
                dy="0.32em"
                textAnchor="middle"
                fill={c.textFill}
                pointerEvents="none"
              >
                {formatPercent(c.value, lang)}
              </text>
            </g>
          ))}
          <g transform={`translate(${L.labelWidth} ${legendY})`}>
            <rect width={2 * L.cellWidth - 2} height={10} fill="url(#heat-gradient)" />
            <text x={0} y={24}>
              0%
            </text>
            <text x={L.cellWidth - 1} y={24} textAnchor="middle">
              {t('chart.utilisation')}
            </text>
            <text x={2 * L.cellWidth - 2} y={24} textAnchor="end">
              100%
            </text>
          </g>
        </svg>
      </div>
    </ChartFrame>
  );
}
