/** The scenario library: the built-in scenarios as cards; opening one loads it into the editor. */
import { BUILT_IN_SCENARIOS } from '../builtInScenarios.ts';
import { formatDate } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';
import type { ScenarioDoc } from '../store/types.ts';

function termOf(doc: ScenarioDoc): { startDate: string; months: number } | null {
  const term = doc.term as { startDate?: unknown; months?: unknown } | undefined;
  return typeof term?.startDate === 'string' && typeof term.months === 'number'
    ? { startDate: term.startDate, months: term.months }
    : null;
}

export function LibraryView() {
  const t = useT();
  const lang = useLanguage();
  const currentId = useApp((s) => s.baseScenarioId);
  const loadScenario = useApp((s) => s.loadScenario);
  const setView = useApp((s) => s.setView);
  return (
    <section aria-labelledby="library-title">
      <h2 id="library-title">{t('library.title')}</h2>
      <p className="intro">{t('library.intro')}</p>
      <ul className="scenario-cards">
        {[...BUILT_IN_SCENARIOS].map(([id, doc]) => {
          const term = termOf(doc);
          return (
            <li key={id} className={id === currentId ? 'card current' : 'card'}>
              <h3>
                {typeof doc.name === 'string' ? doc.name : id}
                {id === currentId && <span className="badge">{t('library.current')}</span>}
              </h3>
              <p className="card-id">{id}</p>
              {term && (
                <p>{t('library.months', { months: term.months, start: formatDate(term.startDate, lang) })}</p>
              )}
              <button
                type="button"
                onClick={() => {
                  loadScenario(id, doc);
                  setView('editor');
                }}
              >
                {t('library.open')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
