/**
 * "My scenarios": the scenarios kept in this browser, newest first — open (asking first when the
 * working copy has unsaved work), rename in place, duplicate, delete (with an undo), export one or
 * all as JSON; and saving the scenario being worked on. The list lives in the store; storage
 * (workspace/workspaceSync.ts) is its copy, so all of this works in memory when storage fails.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { scenarioName } from '../../builtInScenarios.ts';
import { formatInteger } from '../../format/cny.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { useApp } from '../../store/index.ts';
import { hasUnsavedWork, type WorkspaceEntry } from '../../store/workspaceSlice.ts';
import { workspaceFileText } from '../../workspace/workspaceFile.ts';
import { downloadText } from './scenarioFiles.ts';

function fileNameOf(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
  return `${safe.slice(0, 60) || 'scenario'}.json`;
}

function formatWhen(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

function EntryCard({
  entry,
  isOpen,
  onDeleted,
}: {
  entry: WorkspaceEntry;
  isOpen: boolean;
  onDeleted: (entry: WorkspaceEntry) => void;
}) {
  const t = useT();
  const lang = useLanguage();
  const { requestOpen, renameEntry, duplicateEntry, deleteEntry, builtIns } = useApp(
    useShallow((s) => ({
      requestOpen: s.requestOpen,
      renameEntry: s.renameEntry,
      duplicateEntry: s.duplicateEntry,
      deleteEntry: s.deleteEntry,
      builtIns: s.builtInScenarios,
    })),
  );
  const [renaming, setRenaming] = useState<string | null>(null);
  const base = builtIns.get(entry.baseScenarioId);
  const drafts = Object.keys(entry.drafts).length;
  return (
    <li className={isOpen ? 'card current' : 'card'} data-testid="workspace-entry" data-entry-id={entry.id}>
      {renaming === null ? (
        <h3>
          <span data-testid="workspace-entry-name">{entry.name}</span>
          {isOpen && <span className="badge">{t('workspace.isOpen')}</span>}
        </h3>
      ) : (
        <form
          className="rename-row"
          onSubmit={(e) => {
            e.preventDefault();
            renameEntry(entry.id, renaming);
            setRenaming(null);
          }}
        >
          <label className="visually-hidden" htmlFor={`rename-${entry.id}`}>
            {t('workspace.renameLabel', { name: entry.name })}
          </label>
          <input
            id={`rename-${entry.id}`}
            value={renaming}
            maxLength={120}
            data-testid="workspace-rename-input"
            onChange={(e) => setRenaming(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setRenaming(null);
            }}
          />
          <button type="submit" data-testid="workspace-rename-save">
            {t('workspace.renameSave')}
          </button>
        </form>
      )}
      <p className="card-desc">
        {t('workspace.basedOn', { base: base ? scenarioName(base, lang) : entry.baseScenarioId })}
      </p>
      <p className="card-id">
        {t('workspace.updated', { when: formatWhen(entry.updatedAt, lang) })}
        {drafts > 0 && ` · ${t('workspace.drafts', { count: formatInteger(drafts) })}`}
      </p>
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          data-testid="workspace-open"
          onClick={() => requestOpen({ kind: 'entry', id: entry.id, view: 'editor' })}
        >
          {t('workspace.open')}
        </button>
        <button type="button" data-testid="workspace-rename" onClick={() => setRenaming(entry.name)}>
          {t('workspace.rename')}
        </button>
        <button
          type="button"
          data-testid="workspace-duplicate"
          aria-label={t('workspace.duplicateLabel', { name: entry.name })}
          onClick={() => duplicateEntry(entry.id)}
        >
          {t('workspace.duplicate')}
        </button>
        <button
          type="button"
          data-testid="workspace-export"
          aria-label={t('workspace.exportLabel', { name: entry.name })}
          onClick={() => downloadText(fileNameOf(entry.name), workspaceFileText([entry]), 'application/json')}
        >
          {t('workspace.export')}
        </button>
        <button
          type="button"
          data-testid="workspace-delete"
          aria-label={t('workspace.deleteLabel', { name: entry.name })}
          onClick={() => {
            deleteEntry(entry.id);
            onDeleted(entry);
          }}
        >
          {t('workspace.delete')}
        </button>
      </div>
    </li>
  );
}

export function MyScenarios() {
  const t = useT();
  const { entries, entryId, unsaved, saveWorkingCopyAs, addEntries } = useApp(
    useShallow((s) => ({
      entries: s.workspaceEntries,
      entryId: s.entryId,
      unsaved: hasUnsavedWork(s),
      saveWorkingCopyAs: s.saveWorkingCopyAs,
      addEntries: s.addEntries,
    })),
  );
  const [deleted, setDeleted] = useState<WorkspaceEntry[]>([]);
  const lastDeleted = deleted.at(-1);
  const current = entries.some((e) => e.id === entryId);
  return (
    <section aria-labelledby="workspace-title" className="workspace" data-testid="workspace">
      <div className="section-head">
        <h2 id="workspace-title">{t('workspace.title')}</h2>
        <div className="toolbar">
          <button
            type="button"
            className={unsaved ? 'primary' : undefined}
            disabled={current}
            data-testid="workspace-save-current"
            onClick={() => saveWorkingCopyAs()}
          >
            {t('workspace.saveCurrent')}
          </button>
          <button
            type="button"
            disabled={entries.length === 0}
            data-testid="workspace-export-all"
            onClick={() => downloadText('my-scenarios.json', workspaceFileText(entries), 'application/json')}
          >
            {t('workspace.exportAll')}
          </button>
        </div>
      </div>
      <p className="intro">{t('workspace.intro')}</p>
      {lastDeleted && (
        <p className="notice" role="status" data-testid="workspace-deleted">
          {t('workspace.deleted', { name: lastDeleted.name })}{' '}
          <button
            type="button"
            data-testid="workspace-undo-delete"
            onClick={() => {
              const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = lastDeleted;
              addEntries([rest]);
              setDeleted(deleted.slice(0, -1));
            }}
          >
            {t('workspace.undoDelete')}
          </button>
        </p>
      )}
      {entries.length === 0 ? (
        <p className="muted" data-testid="workspace-empty">
          {t('workspace.empty')}
        </p>
      ) : (
        <ul className="scenario-cards">
          {entries.map((e) => (
            <EntryCard
              key={e.id}
              entry={e}
              isOpen={e.id === entryId}
              onDeleted={(gone) => setDeleted((d) => [...d, gone].slice(-5))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
