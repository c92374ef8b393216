/** The visible language control: two toggle buttons, each labelled in its own language. */
import { LANGUAGES } from '../i18n/language.ts';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';

export function LanguageSwitch() {
  const t = useT();
  const language = useApp((s) => s.language);
  const setLanguage = useApp((s) => s.setLanguage);
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t('lang.label')}</legend>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={language === lang}
          data-testid={`lang-${lang}`}
          onClick={() => setLanguage(lang)}
        >
          {t(`lang.${lang}`)}
        </button>
      ))}
    </fieldset>
  );
}
