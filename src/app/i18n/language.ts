/**
 * The two UI languages and how the first one is chosen. Session state: the choice is remembered in
 * localStorage and never travels in a share link (a colleague's link opens in their own language).
 */
export type Language = 'zh-CN' | 'en';

export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];

export const LANGUAGE_STORAGE_KEY = 'luohe-planner:language';

/** Any zh-* browser language picks Simplified Chinese; everything else English. */
export function languageFromNavigator(navigatorLanguages: readonly string[]): Language {
  for (const tag of navigatorLanguages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return navigatorLanguages.length === 0 ? 'zh-CN' : 'en';
}

export function isLanguage(value: unknown): value is Language {
  return value === 'zh-CN' || value === 'en';
}
