/** The header: product name, the current scenario (and whether it is edited), share, language. */
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ViewTabs } from './ViewTabs.tsx';

export function Header() {
  const t = useT();
  const scenarioName = useApp((s) =>
    typeof s.scenario.name === 'string' ? s.scenario.name : s.baseScenarioId,
  );
  const edited = useApp((s) => s.edited);
  return (
    <header className="app-header">
      <div className="header-row">
        <div className="brand">
          <h1 data-testid="app-title">{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <p className="scenario-name" data-testid="scenario-name">
          <span className="label">{t('header.scenario')}</span> {scenarioName}
          {edited && <span className="edited-badge">{t('header.edited')}</span>}
        </p>
        <div className="header-actions">
          {/* Wired to the share-URL codec later; disabled until then, with the reason as its title. */}
          <button type="button" disabled title={t('header.shareSoon')} aria-describedby="share-soon">
            {t('header.share')}
          </button>
          <span id="share-soon" className="visually-hidden">
            {t('header.shareSoon')}
          </span>
          <LanguageSwitch />
        </div>
      </div>
      <ViewTabs />
    </header>
  );
}
