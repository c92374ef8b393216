/**
 * The header: product name, the current scenario (whether it is edited, and saved in My scenarios or
 * not, with Save), risk level, share, language.
 */
import { scenarioName } from '../builtInScenarios.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';
import { hasUnsavedWork } from '../store/workspaceSlice.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { RiskLevelSwitch } from './RiskLevelSwitch.tsx';
import { ShareButton } from './ShareDialog.tsx';
import { ViewTabs } from './ViewTabs.tsx';

export function Header() {
  const t = useT();
  const lang = useLanguage();
  const name = useApp((s) => scenarioName(s.scenario, lang));
  const edited = useApp((s) => s.edited);
  const unsaved = useApp(hasUnsavedWork);
  const saved = useApp((s) => s.entryId !== null && s.workspaceEntries.some((e) => e.id === s.entryId));
  const save = useApp((s) => s.saveWorkingCopyAs);
  return (
    <header className="app-header">
      <div className="header-row">
        <div className="brand">
          <h1 data-testid="app-title">{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <p className="scenario-name" data-testid="scenario-name">
          <span className="label">{t('header.scenario')}</span> {name}
          {edited && <span className="edited-badge">{t('header.edited')}</span>}
          {saved && (
            <span className="saved-badge" title={t('header.savedIn')} data-testid="header-saved">
              {t('header.saved')}
            </span>
          )}
          {unsaved && (
            <button
              type="button"
              className="header-save"
              title={t('header.saveHint')}
              data-testid="header-save"
              onClick={() => save()}
            >
              {t('header.save')}
            </button>
          )}
        </p>
        <div className="header-actions">
          <RiskLevelSwitch />
          <ShareButton />
          <LanguageSwitch />
        </div>
      </div>
      <ViewTabs />
    </header>
  );
}
