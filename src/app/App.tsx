/**
 * The shell: header with the view tabs, a banner when a share link could not be opened, and the one
 * tab panel showing the chosen view. The first run starts when the page opens.
 */
import { useEffect } from 'react';
import { Header } from './layout/Header.tsx';
import { LinkProblemBanner } from './layout/LinkProblemBanner.tsx';
import { UnsavedWorkDialog } from './layout/UnsavedWorkDialog.tsx';
import { useDocumentSync } from './layout/useDocumentSync.ts';
import { ViewErrorBoundary } from './layout/ViewErrorBoundary.tsx';
import { tabId, VIEW_PANEL_ID } from './layout/ViewTabs.tsx';
import { WorkspaceNotices } from './layout/WorkspaceNotices.tsx';
import { runController } from './run/index.ts';
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

let firstRunStarted = false;

/** Runs once per page (StrictMode mounts effects twice in development). */
function useFirstRun(): void {
  useEffect(() => {
    if (firstRunStarted) return;
    firstRunStarted = true;
    runController.runNow();
  }, []);
}

export function App() {
  useDocumentSync();
  useFirstRun();
  const view = useApp((s) => s.view);
  const View = VIEW_COMPONENTS[view];
  return (
    <div className="app">
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
