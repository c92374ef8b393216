/**
 * The shell: a skip link, the header with the view tabs, a banner when a share link could not be
 * opened, and the one tab panel showing the chosen view. The first run starts when the page opens.
 * When a view opens from inside the page (Open in the library), focus goes to its heading.
 */
import { useEffect, useRef } from 'react';
import { focusElement, focusIsLost } from './a11y/focus.ts';
import { useT } from './i18n/useT.ts';
import { Header } from './layout/Header.tsx';
import { LinkProblemBanner } from './layout/LinkProblemBanner.tsx';
import { UnsavedWorkDialog } from './layout/UnsavedWorkDialog.tsx';
import { useDocumentSync } from './layout/useDocumentSync.ts';
import { ViewErrorBoundary } from './layout/ViewErrorBoundary.tsx';
import { tabId, VIEW_PANEL_ID } from './layout/ViewTabs.tsx';
import { WorkspaceNotices } from './layout/WorkspaceNotices.tsx';
import { startFirstRun } from './run/index.ts';
import { useApp } from './store/index.ts';
import type { ViewId } from './store/types.ts';
import { CompareView } from './views/CompareView.tsx';
import { EditorView } from './views/EditorView.tsx';
import { LibraryView } from './views/LibraryView.tsx';
import { ReportView } from './views/ReportView.tsx';
import { ResultsView } from './views/ResultsView.tsx';

const VIEW_COMPONENTS: Record<ViewId, () => React.JSX.Element> = {
  library: LibraryView,
  editor: EditorView,
  results: ResultsView,
  compare: CompareView,
  report: ReportView,
};

/** Runs once per page (StrictMode mounts effects twice in development); main.tsx usually did already. */
function useFirstRun(): void {
  useEffect(() => {
    startFirstRun();
  }, []);
}

/** After a view change that left focus nowhere (its button unmounted), focus the new view's heading. */
function useFocusOnViewChange(view: ViewId): void {
  const shown = useRef(view);
  useEffect(() => {
    if (shown.current === view) return;
    shown.current = view;
    if (focusIsLost()) focusElement(document.querySelector<HTMLElement>(`#${VIEW_PANEL_ID} h2`));
  });
}

function SkipLink() {
  const t = useT();
  // A button-like link that moves focus itself: the address bar's hash belongs to share links.
  return (
    <a
      className="skip-link"
      href={`#${VIEW_PANEL_ID}`}
      data-testid="skip-link"
      onClick={(e) => {
        e.preventDefault();
        focusElement(document.getElementById(VIEW_PANEL_ID));
      }}
    >
      {t('skip.toContent')}
    </a>
  );
}

export function App() {
  useDocumentSync();
  useFirstRun();
  const view = useApp((s) => s.view);
  useFocusOnViewChange(view);
  const View = VIEW_COMPONENTS[view];
  return (
    <div className="app">
      <SkipLink />
      <Header />
      <LinkProblemBanner />
      <WorkspaceNotices />
      <UnsavedWorkDialog />
      <main id={VIEW_PANEL_ID} className="page" role="tabpanel" aria-labelledby={tabId(view)} tabIndex={-1}>
        <ViewErrorBoundary key={view}>
          <View />
        </ViewErrorBoundary>
      </main>
    </div>
  );
}
