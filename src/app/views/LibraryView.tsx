/**
 * The scenario library: the built-in scenarios with their one-line descriptions; open one, duplicate
 * it (an edited copy with its own id), import a JSON file (checked by the schema, problems listed
 * by field) and export the current scenario as JSON.
 */
import { useState } from 'react';
import type { ValidationIssue } from '../../scenario/validate.ts';
import { BASELINE_ID, BUILT_IN_SCENARIOS, scenarioName, scenarioOneLiner } from '../builtInScenarios.ts';
import { formatDate } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { appStore, useApp } from '../store/index.ts';
import { exportScenarioJson, importScenarioFile } from './library/scenarioFiles.ts';

export function LibraryView() {
  const t = useT();
  const lang = useLanguage();
  const currentId = useApp((s) => s.scenario.id);
  const loadScenario = useApp((s) => s.loadScenario);
  const openDerived = useApp((s) => s.openDerived);
  const setView = useApp((s) => s.setView);
  const [importIssues, setImportIssues] = useState<ValidationIssue[] | null>(null);

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    const result = await importScenarioFile(file);
    if (!result.ok) {
      setImportIssues(result.issues);
      return;
    }
    setImportIssues(null);
    const baseId = BUILT_IN_SCENARIOS.has(result.scenario.id) ? result.scenario.id : BASELINE_ID;
    const base = BUILT_IN_SCENARIOS.get(baseId);
    if (base) openDerived(baseId, base, result.scenario);
    setView('editor');
  };

  return (
    <section aria-labelledby="library-title">
      <div className="section-head">
        <h2 id="library-title">{t('library.title')}</h2>
        <div className="toolbar">
          <label className="button-like">
            {t('library.import')}
            <input
              type="file"
              accept="application/json,.json"
              className="visually-hidden"
              data-testid="import-file"
              onChange={(e) => onImport(e.target.files?.[0])}
            />
          </label>
          <button
            type="button"
            data-testid="export-json"
            onClick={() => exportScenarioJson(appStore.getState().scenario)}
          >
            {t('library.export')}
          </button>
        </div>
      </div>
      <p className="intro">{t('library.intro')}</p>
      {importIssues && (
        <div role="alert" className="error" data-testid="import-error">
          <p>{t('library.importFailed')}</p>
          <ul>
            {importIssues.slice(0, 10).map((i) => (
              <li key={i.path + i.message}>{i.message}</li>
            ))}
          </ul>
        </div>
      )}
      <ul className="scenario-cards">
        {[...BUILT_IN_SCENARIOS].map(([id, doc]) => (
          <li key={id} className={id === currentId ? 'card current' : 'card'} data-testid={`card-${id}`}>
            <h3>
              {scenarioName(doc, lang)}
              {id === currentId && <span className="badge">{t('library.current')}</span>}
            </h3>
            <p className="card-desc">{scenarioOneLiner(doc, lang)}</p>
            <p className="card-id">
              {t('library.months', { months: doc.term.months, start: formatDate(doc.term.startDate, lang) })}
            </p>
            <div className="toolbar">
              <button
                type="button"
                data-testid={`open-${id}`}
                onClick={() => {
                  loadScenario(id, doc);
                  setView('results');
                }}
              >
                {t('library.open')}
              </button>
              <button
                type="button"
                data-testid={`duplicate-${id}`}
                aria-label={t('library.duplicateLabel', { name: scenarioName(doc, lang) })}
                onClick={() => {
                  const copy = structuredClone(doc);
                  copy.id = `${id}-copy`.slice(0, 64);
                  copy.name = `${doc.name} (copy)`.slice(0, 120);
                  copy.nameZh = `${doc.nameZh}（副本）`.slice(0, 120);
                  openDerived(id, doc, copy);
                  setView('editor');
                }}
              >
                {t('library.duplicate')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
