/**
 * The library: "My scenarios" (the workspace kept in this browser), then the built-in scenarios with
 * their one-line descriptions. Open one (asking first when there is unsaved work), duplicate it (a
 * copy with its own id, listed in My scenarios), import a JSON file — a scenario or a workspace
 * export, checked by the schema, problems listed by field — and export the current scenario.
 */
import { useState } from 'react';
import type { ValidationIssue } from '../../scenario/validate.ts';
import { BUILT_IN_SCENARIOS, scenarioName, scenarioOneLiner } from '../builtInScenarios.ts';
import { formatDate } from '../format/numbers.ts';
import { issueText } from '../i18n/issueText.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { appStore, useApp } from '../store/index.ts';
import { readImportedFile } from '../workspace/workspaceFile.ts';
import { MyScenarios } from './library/MyScenarios.tsx';
import { exportScenarioJson } from './library/scenarioFiles.ts';

export function LibraryView() {
  const t = useT();
  const lang = useLanguage();
  const currentId = useApp((s) => s.scenario.id);
  const requestOpen = useApp((s) => s.requestOpen);
  const addEntries = useApp((s) => s.addEntries);
  const [importIssues, setImportIssues] = useState<ValidationIssue[] | null>(null);
  const [imported, setImported] = useState<number | null>(null);

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again
    if (!file) return;
    const result = await readImportedFile(file, BUILT_IN_SCENARIOS);
    if (!result.ok) {
      setImportIssues(result.issues);
      setImported(null);
      return;
    }
    setImportIssues(null);
    setImported(result.entries.length);
    const [first] = addEntries(result.entries);
    if (first) requestOpen({ kind: 'entry', id: first, view: 'editor' });
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
              onChange={(e) => void onImport(e.target)}
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
      {imported !== null && (
        <p className="notice" role="status" data-testid="import-done">
          {t('workspace.imported', { count: imported })}
        </p>
      )}
      {importIssues && (
        <div role="alert" className="error" data-testid="import-error">
          <p>{t('workspace.importFailed')}</p>
          <ul>
            {importIssues.slice(0, 10).map((i) => (
              <li key={i.path + i.message}>{issueText(i, lang)}</li>
            ))}
          </ul>
        </div>
      )}
      <MyScenarios />
      <h2 className="library-builtins">{t('workspace.builtIn')}</h2>
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
                onClick={() => requestOpen({ kind: 'builtin', id, view: 'results' })}
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
                  // A duplicate is listed in My scenarios, and opens there.
                  const [entryId] = addEntries([
                    {
                      name: scenarioName(copy, lang),
                      baseScenarioId: id,
                      scenario: copy,
                      lastValidScenario: copy,
                      drafts: {},
                    },
                  ]);
                  if (entryId) requestOpen({ kind: 'entry', id: entryId, view: 'editor' });
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
