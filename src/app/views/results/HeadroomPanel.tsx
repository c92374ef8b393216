/**
 * "How much more fits" at the end of a chosen month, at the chosen risk level: VMs of the scenario's
 * headroom size keeping the N+k reserve, storage TB left, egress headroom at the P95 peak, SMS left
 * this contract year and the year's projection at the pace so far; then the per-host heatmap of
 * vCPU and RAM use at the same month.
 */
import { useState } from 'react';
import type { RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { Heatmap } from '../../charts/Heatmap.tsx';
import type { HostUtilisation } from '../../charts/heatmapGeometry.ts';
import { type HeadroomReading, headroomAt } from '../../explain/headroom.ts';
import { readBand } from '../../explain/reading.ts';
import { formatMonth, formatNumber } from '../../format/numbers.ts';
import type { Language } from '../../i18n/language.ts';
import type { Translate } from '../../i18n/translate.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { useApp } from '../../store/index.ts';
import type { RiskLevel } from '../../store/types.ts';
import { HeadroomShapeFields } from './HeadroomShapeFields.tsx';

/** The headline sentences of one reading, in order: VMs, storage, egress, SMS (absent series skipped). */
export function headroomSentences(
  h: HeadroomReading,
  monthLabel: string,
  risk: RiskLevel,
  t: Translate,
  lang: Language,
): { key: string; text: string }[] {
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  const reading = t(`reading.${risk}`);
  const out: { key: string; text: string }[] = [];
  if (h.vms !== null) {
    out.push({
      key: 'vms',
      text: t('headroom.vms', {
        month: formatMonth(monthLabel, lang),
        n: n(h.vms),
        shape: t('headroom.shape', {
          vcpu: n(h.shape.vcpu),
          ram: n(h.shape.ramGb, 1),
          disk: n(h.shape.diskGb),
        }),
        k: h.reserveHosts,
        reading: risk === 'likely' ? reading : t('reading.cautiousLow'),
      }),
    });
  }
  if (h.storage) {
    const s = h.storage;
    out.push({
      key: 'storage',
      text: t(s.leftTb >= 0 ? 'headroom.storage' : 'headroom.storageOver', {
        left: n(s.leftTb, 1),
        over: n(-s.leftTb, 1),
        limit: n(s.limitTb, 1),
        used: n(s.usedTb, 1),
        reading,
      }),
    });
  }
  if (h.egress) {
    const e = h.egress;
    out.push({
      key: 'egress',
      text: t(e.headroomMbps >= 0 ? 'headroom.egress' : 'headroom.egressOver', {
        left: n(e.headroomMbps),
        over: n(-e.headroomMbps),
        p95: n(e.p95Mbps),
        limit: n(e.limitMbps),
        reading,
      }),
    });
  }
  if (h.sms) {
    const s = h.sms;
    out.push({
      key: 'sms',
      text: t('headroom.sms', {
        left: n(Math.max(0, s.left)),
        ytd: n(s.yearToDate),
        months: s.monthsElapsed,
        reading,
        projected: n(s.projectedYear),
        verdict: t(s.projectedLeft >= 0 ? 'headroom.smsUnder' : 'headroom.smsOver', {
          amount: n(Math.abs(s.projectedLeft)),
          limit: n(s.limit),
        }),
      }),
    });
  }
  return out;
}

function hostsAt(summary: RunSummary, month: number, risk: RiskLevel): HostUtilisation[] {
  const prefix = 'hostVcpuShare:';
  return Object.keys(summary.metrics)
    .filter((k) => k.startsWith(prefix))
    .sort()
    .map((k) => {
      const hostId = k.slice(prefix.length);
      const ram = summary.metrics[`hostRamShare:${hostId}`]?.band;
      return {
        hostId,
        vcpu: readBand(summary.metrics[k].band, month, risk) ?? 0,
        ram: ram ? (readBand(ram, month, risk) ?? 0) : 0,
      };
    });
}

export function HeadroomPanel({ summary, scenario }: { summary: RunSummary; scenario: Scenario }) {
  const t = useT();
  const lang = useLanguage();
  const risk = useApp((s) => s.riskLevel);
  const [month, setMonth] = useState(0);
  const m = Math.min(month, summary.months - 1);
  const label = summary.monthLabels[m] ?? '';
  const sentences = headroomSentences(headroomAt(summary, scenario, m, risk), label, risk, t, lang);
  const hosts = hostsAt(summary, m, risk);
  return (
    <div className="explain-block" data-testid="headroom-panel" data-reading={risk}>
      <div className="section-head">
        <h3>{t('headroom.title')}</h3>
        <label className="field inline">
          {t('headroom.month')}
          <select value={m} onChange={(e) => setMonth(Number(e.target.value))} data-testid="headroom-month">
            {summary.monthLabels.map((l, i) => (
              <option key={l} value={i}>
                {formatMonth(l, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {sentences.length === 0 ? (
        <p className="muted">{t('headroom.noSeries')}</p>
      ) : (
        <ul className="headlines">
          {sentences.map((s) => (
            <li key={s.key} data-testid={`headroom-${s.key}`}>
              {s.text}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t('headroom.smsPace')}</p>
      <HeadroomShapeFields scenario={scenario} />
      {hosts.length > 0 && (
        <div className="chart-grid">
          <Heatmap
            testId="host-heatmap"
            title={t('heatmap.title', { month: formatMonth(label, lang), reading: t(`reading.${risk}`) })}
            caption={t('heatmap.caption')}
            hosts={hosts}
          />
        </div>
      )}
    </div>
  );
}
