/** Why a file was refused: every problem with its row and column, in the user's language. */
import type { ActualsProblem } from '../../../actuals/table.ts';
import { formatInteger } from '../../format/cny.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { useT } from '../../i18n/useT.ts';

export function ProblemList({ file, problems }: { file: string; problems: readonly ActualsProblem[] }) {
  const t = useT();
  const counted = problems.filter((p) => p.code !== 'more-problems').length;
  const more = problems.find((p) => p.code === 'more-problems')?.limit ?? 0;
  return (
    <div className="error" role="alert" data-testid="actuals-problems">
      <p>{t('actuals.rejected', { file, count: formatInteger(counted + more) })}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('actuals.problemRow')}</th>
            <th scope="col">{t('actuals.problemColumn')}</th>
            <th scope="col">{t('actuals.problemText')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems are a fixed list, in file order
            <tr key={i} data-testid="actuals-problem" data-row={p.row} data-column={p.columnLetter}>
              <td>{p.row > 0 ? p.row : '—'}</td>
              <td>{p.columnLetter ? `${p.columnLetter}${p.column ? ` (${p.column})` : ''}` : '—'}</td>
              <td>
                {t(`actuals.problem.${p.code}` as MessageKey, {
                  value: p.value ?? '',
                  limit: p.limit === undefined ? '' : formatInteger(p.limit),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
