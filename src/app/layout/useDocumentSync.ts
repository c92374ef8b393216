/** Keeps the document in step with the store: `<html lang>` and the page title. The address: url/addressBar.ts. */
import { useEffect } from 'react';
import { translate } from '../i18n/translate.ts';
import { useApp } from '../store/index.ts';

export function useDocumentSync(): void {
  const language = useApp((s) => s.language);
  const view = useApp((s) => s.view);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${translate(language, 'app.title')} · ${translate(language, `view.${view}`)}`;
  }, [language, view]);
}
