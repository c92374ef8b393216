/**
 * Geometry of the host heatmap: one row per host, one column per resource (vCPU, RAM), each cell
 * coloured by utilisation in [0, 1] on a perceptually uniform, colour-blind-safe scale (cividis).
 */
import { interpolateCividis } from 'd3-scale-chromatic';

export interface HostUtilisation {
  hostId: string;
  /** Allocated ÷ capacity (after overcommit) in the chosen month, 0–1 (may exceed 1 if overcommitted). */
  vcpu: number;
  ram: number;
}

export interface HeatCell {
  hostIndex: number;
  resource: 'vcpu' | 'ram';
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  fill: string;
  /** Black or white, whichever reads on the fill. */
  textFill: string;
}

export interface HeatmapLayout {
  labelWidth: number;
  headerHeight: number;
  cellWidth: number;
  cellHeight: number;
}

export const HEATMAP_LAYOUT: HeatmapLayout = {
  labelWidth: 96,
  headerHeight: 28,
  cellWidth: 120,
  cellHeight: 26,
};

export function heatColour(value: number): { fill: string; textFill: string } {
  const v = Math.min(Math.max(value, 0), 1);
  return { fill: interpolateCividis(v), textFill: v > 0.55 ? '#000000' : '#ffffff' };
}

export function heatmapGeometry(hosts: readonly HostUtilisation[], layout: HeatmapLayout = HEATMAP_LAYOUT) {
  const cells: HeatCell[] = [];
  hosts.forEach((host, hostIndex) => {
    (['vcpu', 'ram'] as const).forEach((resource, col) => {
      const value = host[resource];
      cells.push({
        hostIndex,
        resource,
        x: layout.labelWidth + col * layout.cellWidth,
        y: layout.headerHeight + hostIndex * layout.cellHeight,
        width: layout.cellWidth - 2,
        height: layout.cellHeight - 2,
        value,
        ...heatColour(value),
      });
    });
  });
  return {
    cells,
    width: layout.labelWidth + 2 * layout.cellWidth,
    height: layout.headerHeight + hosts.length * layout.cellHeight,
  };
}
