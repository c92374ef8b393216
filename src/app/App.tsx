/**
 * The shell: header with the view tabs, and the one tab panel showing the chosen view. With
 * `?sample=1` it loads the dev-only sample results (labelled as such) so the charts can be seen
 * before the runner is wired.
 */
import { useEffect } from 'react';
import { Header } from './layout/Header.tsx';
import { useDocumentSync } from './layout/useDocumentSync.ts';
import { tabId, VIEW_PANEL_ID } from './layout/ViewTabs.tsx';
import { appStore, useApp } from './store/index.ts';
import type { ViewId } from './store/types.ts';
import { sampleRequested } from './urlState.ts';
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

function useSampleResults(): void {
  useEffect(() => {
    if (!sampleRequested(window.location.search) || appStore.getState().runSummary) return;
    let live = true;
    import('./dev/sampleRun.ts').then(({ createSampleRun }) => {
      if (!live) return;
      const { summary, extras } = createSampleRun();
      appStore.getState().runFinished(summary, extras, true);
    });
    return () => {
      live = false;
    };
  }, []);
}

export function App() {
  useDocumentSync();
  useSampleResults();
  const view = useApp((s) => s.view);
  const View = VIEW_COMPONENTS[view];
  return (
    <div className="app">
      <Header />
      <main id={VIEW_PANEL_ID} className="page" role="tabpanel" aria-labelledby={tabId(view)} tabIndex={-1}>
        <View />
      </main>
    </div>
  );
}
