/**
 * One view that fails to render (a value no component expected, a bug) must not blank the page: the
 * header, the tabs and the other views keep working, and this panel says what happened — a sentence,
 * never a stack — and offers to discard the edits that caused it (back to the built-in scenario they
 * started from; the autosaved draft goes with them, so a reload cannot fail the same way again) or to
 * try again. Remounted per view (key), so switching views also clears it.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { escapeControls } from '../../scenario/visibleText.ts';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';

/** The first line of an error's message, cut to 300 characters: no stack, no source positions. */
export function errorSentence(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = escapeControls(text.split('\n')[0].trim());
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

function BoundaryPanel({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT();
  const base = useApp((s) => s.baseScenario);
  const language = useApp((s) => s.language);
  const revertToBase = useApp((s) => s.revertToBase);
  const baseName = language === 'en' ? base.name : base.nameZh;
  return (
    <div className="view-error" role="alert" data-testid="view-error">
      <h2>{t('boundary.title')}</h2>
      <p>{t('boundary.body')}</p>
      <p className="muted" data-testid="view-error-detail">
        {t('boundary.detail', { message })}
      </p>
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          data-testid="discard-draft"
          onClick={() => {
            revertToBase();
            onRetry();
          }}
        >
          {t('boundary.discard', { base: baseName })}
        </button>
        <button type="button" onClick={onRetry} data-testid="retry-view">
          {t('boundary.retry')}
        </button>
      </div>
    </div>
  );
}

interface State {
  error: unknown;
}

export class ViewErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('unknown error') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For whoever opens the console; the page shows one sentence.
    console.error('A view failed to render:', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <BoundaryPanel
        message={errorSentence(this.state.error)}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}
