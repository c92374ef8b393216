/**
 * Why VMs did not fit: the headline over all runs (month of the first refusal, reasons, whether the
 * pool had the room in total) and the first refusals of a few single runs, host by host.
 */
import type { RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { refusalHeadline, refusalNoteText } from '../../explain/refusalText.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';

export function RefusalPanel({ summary, scenario }: { summary: RunSummary; scenario?: Scenario }) {
  const t = useT();
  const lang = useLanguage();
  const r = summary.refusals;
  if (!r) return null;
  return (
    <div className="explain-block" data-testid="refusal-panel">
      <h3>{t('refusal.title')}</h3>
      <p className="explanation-lead" data-testid="refusal-headline">
        {refusalHeadline(r, summary.monthLabels, t, lang)}
      </p>
      {r.examples.length > 0 && (
        <details>
          <summary>{t('refusal.examples')}</summary>
          <ul className="refusal-examples">
            {r.examples.map((note) => (
              <li key={note.replication}>
                {refusalNoteText(note, summary.monthLabels, t, lang, (id) => {
                  const s = scenario?.compute.systems.find((x) => x.id === id);
                  return s ? (lang === 'zh-CN' ? s.nameZh : s.name) : id;
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
