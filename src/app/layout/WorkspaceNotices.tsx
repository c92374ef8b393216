/**
 * Banners about where the page's state came from and where it goes: a link that was repaired,
 * unchecked (old format) or partly unusable; unsaved work kept in "My scenarios" when a link opened
 * something else; and browser storage that is full or unavailable (the app goes on in memory).
 */
import type { LinkRepair } from '../../scenario/shareLinkRepair.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';

const REPAIR_TEXT: Record<LinkRepair, MessageKey> = {
  'encoded-hash': 'link.repair.encoded-hash',
  'percent-encoding': 'link.repair.percent-encoding',
  whitespace: 'link.repair.whitespace',
  'trailing-characters': 'link.repair.trailing-characters',
};

function LinkNoticeBanner() {
  const t = useT();
  const lang = useLanguage();
  const notice = useApp((s) => s.linkNotice);
  const setLinkNotice = useApp((s) => s.setLinkNotice);
  if (!notice) return null;
  return (
    <div className="notice-banner" role="status" data-testid="link-notice" data-checked={notice.checked}>
      {notice.repairs.length > 0 && (
        <p data-testid="link-repaired">
          {t('link.repaired', {
            repairs: notice.repairs.map((r) => t(REPAIR_TEXT[r])).join(lang === 'zh-CN' ? '、' : ', '),
          })}
        </p>
      )}
      {!notice.checked && <p data-testid="link-unchecked">{t('link.unchecked')}</p>}
      {notice.warnings.length > 0 && (
        <>
          <p>{t('link.warnings')}</p>
          <ul className="muted">
            {notice.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={() => setLinkNotice(null)}>
        {t('workspace.dismiss')}
      </button>
    </div>
  );
}

const KEPT_TEXT = {
  link: 'workspace.keptOnOpen',
  'other-tab': 'workspace.keptFromOtherTab',
  'late-storage': 'workspace.keptLate',
} as const;

function KeptBanner() {
  const t = useT();
  const kept = useApp((s) => s.keptNotice);
  const dismiss = useApp((s) => s.dismissKeptNotice);
  if (!kept) return null;
  return (
    <div className="notice-banner" role="status" data-testid="kept-notice" data-reason={kept.reason}>
      <p>{t(KEPT_TEXT[kept.reason], { name: kept.name })}</p>
      <button type="button" onClick={dismiss}>
        {t('workspace.dismiss')}
      </button>
    </div>
  );
}

const STORAGE_TEXT = {
  unavailable: 'storage.unavailable',
  full: 'storage.full',
  error: 'storage.error',
} as const;

function StorageNoticeBanner() {
  const t = useT();
  const notice = useApp((s) => s.storageNotice);
  if (!notice) return null;
  return (
    <div className="notice-banner warning" role="alert" data-testid="storage-notice" data-kind={notice.kind}>
      <p>{t(STORAGE_TEXT[notice.kind])}</p>
      <p className="muted">{t('storage.details', { detail: notice.detail })}</p>
    </div>
  );
}

export function WorkspaceNotices() {
  return (
    <>
      <StorageNoticeBanner />
      <KeptBanner />
      <LinkNoticeBanner />
    </>
  );
}
