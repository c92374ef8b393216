/**
 * The `?view=` query parameter of addresses made before the view travelled in the share link: read
 * once when the page opens (an old bookmark still opens its view). The address bar is written by
 * url/addressBar.ts.
 */
import { VIEWS, type ViewId } from './store/types.ts';

export const DEFAULT_VIEW: ViewId = 'results';

export function viewFromSearch(search: string): ViewId {
  const value = new URLSearchParams(search).get('view');
  return VIEWS.find((v) => v === value) ?? DEFAULT_VIEW;
}
