/**
 * The view switcher as an ARIA tab list with roving focus: Tab reaches the active tab, ← → (and
 * Home/End) move from the tab that has focus (not from the selected one) and activate the tab they
 * land on, and each tab controls the one tab panel (id "view-panel").
 */
import { type KeyboardEvent, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';
import { VIEWS, type ViewId } from '../store/types.ts';

export const VIEW_PANEL_ID = 'view-panel';

export function tabId(view: ViewId): string {
  return `tab-${view}`;
}

export function ViewTabs() {
  const t = useT();
  const view = useApp((s) => s.view);
  const setView = useApp((s) => s.setView);
  const refs = useRef(new Map<ViewId, HTMLButtonElement>());

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const focused = VIEWS.find((v) => refs.current.get(v) === e.target);
    const i = VIEWS.indexOf(focused ?? view);
    const next =
      e.key === 'ArrowRight'
        ? VIEWS[(i + 1) % VIEWS.length]
        : e.key === 'ArrowLeft'
          ? VIEWS[(i - 1 + VIEWS.length) % VIEWS.length]
          : e.key === 'Home'
            ? VIEWS[0]
            : e.key === 'End'
              ? VIEWS[VIEWS.length - 1]
              : null;
    if (!next) return;
    e.preventDefault();
    setView(next);
    refs.current.get(next)?.focus();
  };

  return (
    <div className="view-tabs" role="tablist" aria-label={t('nav.label')} onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v}
          ref={(el) => {
            if (el) refs.current.set(v, el);
            else refs.current.delete(v);
          }}
          id={tabId(v)}
          type="button"
          role="tab"
          aria-selected={view === v}
          aria-controls={VIEW_PANEL_ID}
          tabIndex={view === v ? 0 : -1}
          data-testid={tabId(v)}
          onClick={() => setView(v)}
        >
          {t(`view.${v}`)}
        </button>
      ))}
    </div>
  );
}
