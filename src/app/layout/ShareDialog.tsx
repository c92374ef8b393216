/**
 * Share: the link to this view (the scenario as a compressed diff against its built-in base, with
 * the view, risk reading and compare set, under a checksum, in the hash, so it never reaches a
 * server), a copy button, and a QR code big enough to scan off a meeting-room screen. Opening the
 * link shows the same view and, with the same seed, the same numbers. It is the address bar's link.
 */
import { useMemo, useRef, useState } from 'react';
import { renderSVG } from 'uqr';
import { useShallow } from 'zustand/react/shallow';
import { MAX_HASH_CHARS } from '../../scenario/shareUrl.ts';
import { formatNumber } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { appStore, useApp } from '../store/index.ts';
import { shareHashOf } from '../url/addressBar.ts';

function shareUrlFor(hash: string): string {
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = hash;
  return url.toString();
}

async function copyText(text: string, fallbackInput: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (http, embedded browser): select the text so Ctrl+C works.
    fallbackInput?.select();
    return document.execCommand?.('copy') ?? false;
  }
}

/**
 * The QR code of `url` as an SVG data URL, or null when the link holds more than a QR code can (about
 * 2,950 characters: a scenario calibrated on actuals is longer), so the dialog says so, never fails.
 */
function qrOf(url: string): string | null {
  try {
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(url, { border: 2 }))}`;
  } catch {
    return null;
  }
}

function ShareBody({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useLanguage();
  const count = (n: number) => formatNumber(n, lang, 0);
  // The link is the address bar's: the last valid scenario with the view, reading and compare set.
  const inputs = useApp(
    useShallow((s) => ({
      lastValid: s.lastValidScenario,
      baseId: s.baseScenarioId,
      risk: s.riskLevel,
      view: s.view,
      compareSet: s.compareSet,
      compareReplications: s.compareReplications,
      compareExtras: s.compareExtras,
    })),
  );
  const notCurrent = useApp((s) => s.scenarioIssues.length + Object.keys(s.drafts).length > 0);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `inputs` lists what the link is made of
  const link = useMemo(() => {
    const hash = shareHashOf(appStore.getState());
    if (hash.length > MAX_HASH_CHARS) return { url: null, qr: null, chars: hash.length };
    const url = shareUrlFor(hash);
    return { url, qr: qrOf(url), chars: url.length };
  }, [inputs]);
  if (link.url === null)
    return (
      <>
        <p role="alert" className="notice" data-testid="share-too-long">
          {t('share.tooLong', { chars: count(link.chars), max: count(MAX_HASH_CHARS) })}
        </p>
        <button type="button" onClick={onClose}>
          {t('share.close')}
        </button>
      </>
    );
  const url = link.url;
  return (
    <>
      <p>{t('share.intro')}</p>
      {notCurrent && (
        <p role="status" className="notice" data-testid="share-last-valid">
          {t('share.lastValid')}
        </p>
      )}
      <div className="share-row">
        <label htmlFor="share-url" className="visually-hidden">
          {t('share.urlLabel')}
        </label>
        <input id="share-url" ref={inputRef} readOnly value={url} data-testid="share-url" />
        <button
          type="button"
          className="primary"
          data-testid="copy-share-url"
          onClick={async () => setCopied((await copyText(url, inputRef.current)) ? 'yes' : 'no')}
        >
          {t('share.copy')}
        </button>
      </div>
      <p role="status" className="muted">
        {copied === 'yes' ? t('share.copied') : copied === 'no' ? t('share.copyManually') : ''}
      </p>
      {link.qr ? (
        <>
          <img
            className="qr"
            src={link.qr}
            alt={t('share.qrAlt')}
            data-testid="share-qr"
            width={240}
            height={240}
          />
          <p className="muted">{t('share.qrHint', { chars: link.chars })}</p>
        </>
      ) : (
        <p className="muted" data-testid="share-no-qr">
          {t('share.qrTooLong', { chars: count(link.chars) })}
        </p>
      )}
      <button type="button" onClick={onClose}>
        {t('share.close')}
      </button>
    </>
  );
}

export function ShareButton() {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => {
    dialogRef.current?.close();
    setOpen(false);
  };
  return (
    <>
      <button
        type="button"
        data-testid="share"
        onClick={() => {
          setOpen(true);
          dialogRef.current?.showModal();
        }}
      >
        {t('header.share')}
      </button>
      <dialog
        ref={dialogRef}
        className="share-dialog"
        aria-labelledby="share-title"
        onClose={() => setOpen(false)}
        data-testid="share-dialog"
      >
        <h2 id="share-title">{t('share.title')}</h2>
        {open && <ShareBody onClose={close} />}
      </dialog>
    </>
  );
}
