/**
 * Compare 2–4 scenarios (e.g. renewal options) run with common random numbers: a delta table of cost
 * and breach risk against the first, the paired per-replication differences with 95% intervals,
 * the bands of a chosen series overlaid, and a plain-language verdict.
 */
import { useState } from 'react';
import { BUILT_IN_SCENARIOS, scenarioName } from '../builtInScenarios.ts';
import { breachByEnd } from '../components/quotaRisk.ts';
import { formatCny, sumMoneyStrings } from '../format/cny.ts';
import { formatPercent } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { appStore } from '../store/index.ts';
import { OverlayBands } from './compare/OverlayBands.tsx';
import { PairedTable, signedCny } from './compare/PairedTable.tsx';
import { type CompareEntry, useCompareRuns } from './compare/useCompareRuns.ts';

const CURRENT = '__current__';
const DEFAULT_PICK = ['renewal-2026-as-is', 'renewal-2026-right-size', 'renewal-2026-expand'];

function worstBreach(e: CompareEntry): number {
  return Math.max(0, ...(e.summary?.quotas ?? []).map(breachByEnd));
}

/**
 * Expected number of quotas breached by the end of the term (the sum of the quotas' breach
 * probabilities): tells options apart even when one quota breaches in every run of all of them.
 */
function expectedBreaches(e: CompareEntry): number {
  return (e.summary?.quotas ?? []).reduce((sum, q) => sum + breachByEnd(q), 0);
}

/** b − a exactly, in fen (no float on the way). */
function moneyDiff(a: string, b: string): string {
  return signedCny(sumMoneyStrings([b, a.startsWith('-') ? a.slice(1) : `-${a}`]));
}

export function CompareView() {
  const t = useT();
  const lang = useLanguage();
  const [picked, setPicked] = useState<string[]>(DEFAULT_PICK.filter((id) => BUILT_IN_SCENARIOS.has(id)));
  const [replications, setReplications] = useState(200);
  const { entries, running, run } = useCompareRuns();
  const options = [
    [CURRENT, t('compare.current')] as const,
    ...[...BUILT_IN_SCENARIOS].map(([id, s]) => [id, scenarioName(s, lang)] as const),
  ];
  const toggle = (id: string) =>
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : p.length < 4 ? [...p, id] : p));
  const start = () =>
    run(
      picked.map((id) => ({
        key: id,
        scenario:
          id === CURRENT
            ? appStore.getState().scenario
            : (BUILT_IN_SCENARIOS.get(id) ?? appStore.getState().scenario),
      })),
      replications,
    );
  const first = entries[0];
  const done = entries.filter((e) => e.summary?.cost);
  const cheapest = [...done].sort(
    (a, b) => Number(a.summary?.cost?.total.p50) - Number(b.summary?.cost?.total.p50),
  )[0];
  const safest = [...done].sort(
    (a, b) => expectedBreaches(a) - expectedBreaches(b) || worstBreach(a) - worstBreach(b),
  )[0];
  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compare.title')}</h2>
      <p className="intro">{t('compare.intro')}</p>
      <fieldset className="field-group">
        <legend>{t('compare.pick')}</legend>
        <div className="field-grid">
          {options.map(([id, name]) => (
            <label key={id} className="field checkbox">
              <input
                type="checkbox"
                checked={picked.includes(id)}
                onChange={() => toggle(id)}
                data-testid={`compare-pick-${id}`}
              />
              {name}
            </label>
          ))}
        </div>
        <label className="field inline">
          {t('compare.replications')}
          <input
            type="number"
            min={10}
            max={2000}
            value={replications}
            onChange={(e) => setReplications(Number(e.target.value) || 200)}
          />
        </label>
        <button
          type="button"
          className="primary"
          disabled={picked.length < 2 || running !== null}
          onClick={start}
          data-testid="compare-run"
        >
          {running === null ? t('compare.run') : t('compare.running', { n: running + 1, of: picked.length })}
        </button>
      </fieldset>
      {entries.length > 0 && (
        <table className="data-table" data-testid="compare-table">
          <caption>{t('compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('header.scenario')}</th>
              <th scope="col" className="num">
                {t('compare.totalP50')}
              </th>
              <th scope="col" className="num">
                {t('compare.deltaP50')}
              </th>
              <th scope="col" className="num">
                {t('compare.exceed')}
              </th>
              <th scope="col" className="num">
                {t('compare.worstBreach')}
              </th>
              <th scope="col" className="num">
                {t('compare.deltaBreach')}
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const cost = e.summary?.cost;
              const base = first?.summary?.cost;
              return (
                <tr key={e.key}>
                  <th scope="row">{scenarioName(e.scenario, lang)}</th>
                  {e.error ? (
                    <td colSpan={5} className="error">
                      {e.error}
                    </td>
                  ) : !e.summary ? (
                    <td colSpan={5} className="muted">
                      {t('run.status.running')}
                    </td>
                  ) : (
                    <>
                      <td className="num">{cost ? formatCny(cost.total.p50) : '—'}</td>
                      <td className="num">
                        {cost && base && e !== first ? moneyDiff(base.total.p50, cost.total.p50) : '—'}
                      </td>
                      <td className="num">{cost ? formatPercent(cost.exceedProbability, lang) : '—'}</td>
                      <td className="num">{formatPercent(worstBreach(e), lang)}</td>
                      <td className="num">
                        {first?.summary && e !== first
                          ? `${worstBreach(e) >= worstBreach(first) ? '+' : '−'}${formatPercent(Math.abs(worstBreach(e) - worstBreach(first)), lang)}`
                          : '—'}
                      </td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {running === null && <PairedTable entries={entries} />}
      {running === null && <OverlayBands entries={entries} />}
      {running === null && cheapest && safest && (
        <p className="verdict" data-testid="compare-verdict">
          {t('compare.verdict', {
            cheapest: scenarioName(cheapest.scenario, lang),
            cost: formatCny(cheapest.summary?.cost?.total.p50 ?? '0.00'),
            safest: scenarioName(safest.scenario, lang),
            risk: expectedBreaches(safest).toFixed(2),
          })}
        </p>
      )}
    </section>
  );
}
