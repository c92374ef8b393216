/**
 * Why VMs did not fit, in sentences a planner reads out in a meeting: the month the first refusal
 * comes most often and in how many runs, which filter stopped it (and on how many hosts), and
 * whether the pool had the room in total (fragmentation) or was short. Pure: give it a translator.
 */
import type { RefusalNote } from '../../model/context.ts';
import { bindingReasons, type RefusalSummary } from '../../results/refusals.ts';
import type { QuotaKey } from '../../results/types.ts';
import { formatInteger } from '../format/cny.ts';
import { formatMonth, formatNumber, formatPercent } from '../format/numbers.ts';
import type { Language } from '../i18n/language.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';

export const REFUSAL_REASONS = [
  'vcpu',
  'ram',
  'disk',
  'vm-count',
  'anti-affinity',
  'ha-reserve',
  'host-down',
];

/** The quota whose row in the quota table a reason belongs to. */
export const REASON_QUOTA: Partial<Record<string, QuotaKey>> = {
  vcpu: 'vcpu',
  ram: 'ramGb',
  disk: 'diskTb',
  'vm-count': 'vmCount',
};

export function reasonName(reason: string, t: Translate): string {
  return REFUSAL_REASONS.includes(reason) ? t(`reason.${reason}` as MessageKey) : reason;
}

function joinList(parts: string[], lang: Language): string {
  return parts.join(lang === 'zh-CN' ? '；' : '; ');
}

/** The headline over all runs (placement view). */
export function refusalHeadline(
  r: RefusalSummary,
  monthLabels: readonly string[],
  t: Translate,
  lang: Language,
): string {
  if (r.runsWithRefusal === 0) return t('refusal.none', { runs: formatInteger(r.replications) });
  const month = r.mostLikelyMonth === null ? '' : formatMonth(monthLabels[r.mostLikelyMonth] ?? '', lang);
  const parts = [
    t('refusal.headline', {
      month,
      share: formatPercent(r.mostLikelyMonthShare, lang),
      withRefusal: formatInteger(r.runsWithRefusal),
      runs: formatInteger(r.replications),
    }),
  ];
  const items = r.reasons.map((x) =>
    t(x.onEveryHostRuns > 0 ? 'refusal.reasonItemEvery' : 'refusal.reasonItem', {
      reason: reasonName(x.reason, t),
      runs: formatInteger(x.runs),
      every: formatInteger(x.onEveryHostRuns),
    }),
  );
  if (items.length > 0) parts.push(t('refusal.reasons', { list: joinList(items, lang) }));
  if (items.length > 0 && r.reasons.every((x) => x.onEveryHostRuns === 0))
    parts.push(t('refusal.neverEvery'));
  if (r.typical) {
    parts.push(
      t(r.fragmentedShare >= 0.5 ? 'refusal.typicalFragmented' : 'refusal.typicalShort', {
        vcpu: formatNumber(r.typical.vcpu, lang, 0),
        ram: formatNumber(r.typical.ramGb, lang, 0),
        freeVcpu: formatNumber(r.typical.freeVcpu, lang, 0),
        freeRam: formatNumber(r.typical.freeRamGb, lang, 0),
        share: formatPercent(r.fragmentedShare >= 0.5 ? r.fragmentedShare : 1 - r.fragmentedShare, lang),
      }),
    );
  }
  return parts.join(lang === 'zh-CN' ? '' : ' ');
}

/** One run's first refusal, host by host. */
export function refusalNoteText(
  note: RefusalNote & { replication: number },
  monthLabels: readonly string[],
  t: Translate,
  lang: Language,
  /** The system's name in the UI language, by id (the note carries only the id). */
  systemName: (id: string) => string = (id) => id,
): string {
  const hosts = Object.entries(note.hostsRefused)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([reason, n]) =>
      t(n >= note.upHosts && reason !== 'host-down' ? 'refusal.onEveryHost' : 'refusal.onHosts', {
        reason: reasonName(reason, t),
        n: formatInteger(n),
        up: formatInteger(note.upHosts),
      }),
    );
  const capacity = !note.fitsAnEmptyHost
    ? 'refusal.tooBig'
    : note.poolHadCapacity
      ? 'refusal.poolHad'
      : 'refusal.poolShort';
  return t('refusal.example', {
    run: note.replication + 1,
    month: formatMonth(monthLabels[note.monthIndex] ?? '', lang),
    kind: t(note.kind === 'restart' ? 'refusal.kind.restart' : 'refusal.kind.new'),
    system: systemName(note.systemId),
    vcpu: formatNumber(note.vcpu, lang, 0),
    ram: formatNumber(note.ramGb, lang, 0),
    disk: formatNumber(note.diskGb, lang, 0),
    hosts: joinList(hosts, lang),
    up: formatInteger(note.upHosts),
    freeVcpu: formatNumber(note.freeVcpu, lang, 0),
    freeRam: formatNumber(note.freeRamGb, lang, 0),
    capacity: t(capacity),
  });
}

/** The binding reasons of one note, named (for short labels). */
export function bindingText(note: RefusalNote, t: Translate, lang: Language): string {
  const { reasons, onEveryHost } = bindingReasons(note);
  const names = joinList(
    reasons.map((r) => reasonName(r, t)),
    lang,
  );
  return onEveryHost
    ? t('refusal.bindingEvery', { reasons: names })
    : t('refusal.bindingMost', { reasons: names });
}

/** The quota table's note for a compute quota, or null when no first refusal was stopped by it. */
export function quotaRefusalText(
  r: RefusalSummary | undefined,
  quota: QuotaKey,
  t: Translate,
): string | null {
  if (!r || r.runsWithRefusal === 0) return null;
  const entry = r.reasons.find((x) => REASON_QUOTA[x.reason] === quota);
  if (!entry) return null;
  return t(entry.onEveryHostRuns > 0 ? 'refusal.quotaRow' : 'refusal.quotaRowSome', {
    reason: reasonName(entry.reason, t),
    runs: formatInteger(entry.runs),
    withRefusal: formatInteger(r.runsWithRefusal),
    every: formatInteger(entry.onEveryHostRuns),
  });
}
