/** `useT()` returns the translate function for the current language; it changes when the language does. */
import { useMemo } from 'react';
import { useApp } from '../store/index.ts';
import type { Language } from './language.ts';
import { type Translate, translator } from './translate.ts';

export function useT(): Translate {
  const language = useApp((s) => s.language);
  return useMemo(() => translator(language), [language]);
}

export function useLanguage(): Language {
  return useApp((s) => s.language);
}
