/**
 * Asked before another scenario opens over unsaved work: keep it in "My scenarios" (the default),
 * discard it (Undo in the editor still brings it back), or cancel. A modal <dialog>, so Escape
 * cancels and focus stays inside while it is open.
 */
import { useEffect, useRef } from 'react';
import { scenarioName } from '../builtInScenarios.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';

export function UnsavedWorkDialog() {
  const t = useT();
  const lang = useLanguage();
  const pending = useApp((s) => s.pendingOpen);
  const answer = useApp((s) => s.answerPendingOpen);
  const name = useApp((s) => scenarioName(s.scenario, lang));
  const target = useApp((s) => {
    const p = s.pendingOpen;
    if (!p) return '';
    if (p.kind === 'entry') return s.workspaceEntries.find((e) => e.id === p.id)?.name ?? '';
    if (p.kind === 'link') return scenarioName(p.opening.scenario, lang);
    const doc = s.builtInScenarios.get(p.id);
    return doc ? scenarioName(doc, lang) : p.id;
  });
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (pending && !dialog.open) dialog.showModal?.();
    if (!pending && dialog.open) dialog.close();
  }, [pending]);
  return (
    <dialog
      ref={ref}
      className="unsaved-dialog"
      aria-labelledby="unsaved-title"
      data-testid="unsaved-dialog"
      onCancel={(e) => {
        e.preventDefault();
        answer('cancel');
      }}
    >
      {pending && (
        <>
          <h2 id="unsaved-title">{t('unsaved.title')}</h2>
          <p>{t('unsaved.body', { name, target })}</p>
          <div className="toolbar">
            <button
              type="button"
              className="primary"
              data-testid="unsaved-keep"
              onClick={() => answer('keep')}
            >
              {t('unsaved.keep')}
            </button>
            <button type="button" data-testid="unsaved-discard" onClick={() => answer('discard')}>
              {t('unsaved.discard')}
            </button>
            <button type="button" data-testid="unsaved-cancel" onClick={() => answer('cancel')}>
              {t('unsaved.cancel')}
            </button>
          </div>
          <p className="muted">{t('unsaved.undoHint')}</p>
        </>
      )}
    </dialog>
  );
}
