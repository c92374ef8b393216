/**
 * A results section's band charts: the main series of its group, and the rarely needed ones folded
 * under "more series" (closed, so they cost nothing until opened). The capacity section's fold also
 * holds any series the catalog does not describe yet, under its raw name.
 */
import { useState } from 'react';
import type { RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { formatInteger } from '../../format/cny.ts';
import { useT } from '../../i18n/useT.ts';
import { MetricGrid } from './MetricGrid.tsx';
import { type MetricDisplay, type MetricGroup, metricsOf, uncataloguedMetrics } from './metricCatalog.ts';

const INTRO = {
  capacity: 'results.timeSeriesIntro',
  placement: 'results.placementIntro',
  reliability: 'results.reliabilityIntro',
  migration: 'results.migrationIntro',
} as const;

interface Props {
  summary: RunSummary;
  scenario: Scenario;
  group: MetricGroup;
}

export function SectionBands({ summary, scenario, group }: Props) {
  const t = useT();
  return (
    <>
      <p className="muted">{t(INTRO[group])}</p>
      <MetricGrid summary={summary} scenario={scenario} metrics={metricsOf(group, false)} />
    </>
  );
}

function uncatalogued(summary: RunSummary): MetricDisplay[] {
  return uncataloguedMetrics(summary.metrics).map((name) => ({
    metric: name,
    group: 'capacity',
    zh: name,
    en: name,
    unit: 'events',
    noteZh: '',
    noteEn: '',
  }));
}

export function MoreSeries({ summary, scenario, group }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const rare = metricsOf(group, true).filter((d) => summary.metrics[d.metric]);
  const unknown = group === 'capacity' ? uncatalogued(summary) : [];
  if (rare.length + unknown.length === 0) return null;
  return (
    <details
      className="more-series"
      data-testid={`more-series-${group}`}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t('results.moreSeries', { count: formatInteger(rare.length) })}</summary>
      {open && <MetricGrid summary={summary} scenario={scenario} metrics={rare} />}
      {open && unknown.length > 0 && (
        <>
          <h3>{t('results.otherSeriesUnnamed', { count: formatInteger(unknown.length) })}</h3>
          <MetricGrid summary={summary} scenario={scenario} metrics={unknown} />
        </>
      )}
    </details>
  );
}

/** The sections' band parts, as registered in resultsParts.tsx. */
type PartProps = Omit<Props, 'group'>;
export const CapacityBands = (p: PartProps) => <SectionBands {...p} group="capacity" />;
export const CapacityMore = (p: PartProps) => <MoreSeries {...p} group="capacity" />;
export const PlacementMore = (p: PartProps) => <MoreSeries {...p} group="placement" />;
export const ReliabilityBands = (p: PartProps) => <SectionBands {...p} group="reliability" />;
export const ReliabilityMore = (p: PartProps) => <MoreSeries {...p} group="reliability" />;
export const MigrationBands = (p: PartProps) => <SectionBands {...p} group="migration" />;
