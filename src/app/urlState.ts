/**
 * The view lives in the query string (`?view=results`), written with history.replaceState so it
 * never adds history entries and never touches location.hash: the hash belongs to the share-URL
 * codec (`#s=...`).
 */
import { VIEWS, type ViewId } from './store/types.ts';

export const DEFAULT_VIEW: ViewId = 'results';

export function viewFromSearch(search: string): ViewId {
  const value = new URLSearchParams(search).get('view');
  return VIEWS.find((v) => v === value) ?? DEFAULT_VIEW;
}

export function writeViewToUrl(view: ViewId): void {
  const url = new URL(window.location.href);
  if (url.searchParams.get('view') === view) return;
  url.searchParams.set('view', view);
  window.history.replaceState(window.history.state, '', url); // keeps url.hash as it was
}

/** Drops the share link from the address bar once it has been opened (edits then autosave). */
export function clearHashFromUrl(): void {
  if (!window.location.hash) return;
  const url = new URL(window.location.href);
  url.hash = '';
  window.history.replaceState(window.history.state, '', url);
}
