/**
 * The last line of defence around the whole app: if even the header fails to render (say, a saved
 * draft that no component can show), the page says so in the user's language and offers to discard
 * the saved edits and reload — never a blank page that stays blank on every reload. Per-view failures
 * are caught closer, by ViewErrorBoundary, and leave the rest of the app working.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../i18n/translate.ts';
import { appStore } from '../store/index.ts';
import { errorSentence } from './ViewErrorBoundary.tsx';

interface State {
  error: unknown;
}

export class RootErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('unknown error') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('The app failed to render:', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    const lang = appStore.getState().language;
    const discard = () => {
      appStore.getState().revertToBase(); // autosave drops the draft with the edits
      window.location.reload();
    };
    return (
      <main className="page view-error" role="alert" data-testid="root-error">
        <h1>{translate(lang, 'boundary.rootTitle')}</h1>
        <p>{translate(lang, 'boundary.rootBody')}</p>
        <p className="muted">
          {translate(lang, 'boundary.detail', { message: errorSentence(this.state.error) })}
        </p>
        <button type="button" className="primary" onClick={discard} data-testid="root-discard">
          {translate(lang, 'boundary.rootDiscard')}
        </button>
      </main>
    );
  }
}
