/**
 * The recommender on the page: tolerance and reading, run with progress and cancel, then the answer
 * (price against the current scenario), the quota table, the hosts, the DB note, the cost–risk
 * frontier, and a button that adds the recommended scenario to "My scenarios" and compares it with
 * the current one in the sheet above.
 */
import { useState } from 'react';
import type { Recommendation } from '../../../planner/recommendationTypes.ts';
import type { Reading } from '../../../planner/stoppingRule.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { scenarioName } from '../../builtInScenarios.ts';
import { formatCny } from '../../format/cny.ts';
import { formatPercent } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { formatQuotaValue, QUOTA_NAME, QUOTA_UNIT } from '../../quotaLabels.ts';
import { signedCny } from './ComparisonTable.tsx';
import { FrontierChart } from './FrontierChart.tsx';
import { useRecommender } from './useRecommender.ts';

export function RecommenderPanel({
  scenario,
  valid,
  onAdopt,
  adoptedName,
}: {
  scenario: Scenario;
  valid: boolean;
  onAdopt: (result: Recommendation) => void;
  adoptedName: string | null;
}) {
  const t = useT();
  const { state, start, cancel } = useRecommender();
  const [tolerancePct, setTolerancePct] = useState('5');
  const [reading, setReading] = useState<Reading>('likely');
  const [maxReplications, setMaxReplications] = useState(1600);
  const tolerance = Number(tolerancePct) / 100;
  const toleranceOk = tolerancePct.trim() !== '' && tolerance >= 0.001 && tolerance <= 0.49;
  const running = state.status === 'running';
  return (
    <section className="recommender" aria-labelledby="rec-title" data-testid="recommender">
      <h2 id="rec-title">{t('rec.title')}</h2>
      <p className="intro">{t('rec.intro')}</p>
      <div className="field-grid rec-form">
        <label className="field inline">
          {t('rec.tolerance')}
          <input
            type="number"
            min={0.1}
            max={49}
            step={0.5}
            value={tolerancePct}
            aria-invalid={!toleranceOk}
            onChange={(e) => setTolerancePct(e.target.value)}
            data-testid="rec-tolerance"
          />
        </label>
        <label className="field inline">
          {t('rec.reading')}
          <select
            value={reading}
            onChange={(e) => setReading(e.target.value as Reading)}
            data-testid="rec-reading"
          >
            <option value="likely">{t('rec.reading.likely')}</option>
            <option value="cautious">{t('rec.reading.cautious')}</option>
          </select>
        </label>
        <label className="field inline">
          {t('rec.maxReplications')}
          <select
            value={maxReplications}
            onChange={(e) => setMaxReplications(Number(e.target.value))}
            data-testid="rec-max-replications"
          >
            {[200, 400, 800, 1600, 3200].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        {running ? (
          <button type="button" onClick={cancel} data-testid="rec-cancel">
            {t('rec.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={!valid || !toleranceOk}
            onClick={() => void start(scenario, { tolerance, reading, maxReplications })}
            data-testid="rec-run"
          >
            {t('rec.run')}
          </button>
        )}
      </div>
      {!valid && <p className="error">{t('rec.invalid')}</p>}
      {!toleranceOk && (
        <p className="error" data-testid="rec-tolerance-error">
          {t('rec.toleranceInvalid')}
        </p>
      )}
      {running && state.progress && (
        <p className="progress-line" role="status" data-testid="rec-progress">
          {state.progress.phase === 'sampling'
            ? t('rec.progress.sampling', {
                look: state.progress.look,
                looks: state.progress.looks,
                done: state.progress.done,
                total: state.progress.total,
              })
            : t('rec.progress.checking', {
                round: state.progress.round,
                done: state.progress.done,
                total: state.progress.total,
              })}
          <progress value={state.progress.done} max={state.progress.total} />
        </p>
      )}
      {state.status === 'cancelled' && <p role="status">{t('rec.cancelled')}</p>}
      {state.status === 'refused' && (
        <p className="error" role="alert" data-testid="rec-refused">
          {t('rec.refused', { item: String(state.timelineIndex + 1), kind: state.reason })}
        </p>
      )}
      {state.status === 'failed' && (
        <p className="error" role="alert">
          {t('rec.failed', { message: state.message })}
        </p>
      )}
      {state.status === 'done' && (
        <RecommendationView result={state.result} onAdopt={onAdopt} adoptedName={adoptedName} />
      )}
    </section>
  );
}

function RecommendationView({
  result: r,
  onAdopt,
  adoptedName,
}: {
  result: Recommendation;
  onAdopt: (result: Recommendation) => void;
  adoptedName: string | null;
}) {
  const t = useT();
  const lang = useLanguage();
  const tolerance = formatPercent(r.tolerance, lang);
  const headline = t(r.holds ? 'rec.holds' : 'rec.notHolds', {
    price: formatCny(r.priceCny),
    diff: signedCny(r.differenceCny),
    basePrice: formatCny(r.base.priceCny),
    base: scenarioName(r.base, lang),
    tolerance,
  });
  const interval = (e: { estimate: number; low: number; high: number }) =>
    t('sheet.interval', {
      estimate: formatPercent(e.estimate, lang),
      low: formatPercent(e.low, lang),
      high: formatPercent(e.high, lang),
    });
  const h = r.hosts;
  const db = r.fixed[0];
  return (
    <div className="recommendation" data-testid="rec-result">
      <p className="verdict-main" data-testid="rec-headline">
        {headline} {t('rec.rule', { n: String(r.rule.replications), seed: String(r.seed) })}
      </p>
      <table className="data-table" data-testid="rec-table">
        <thead>
          <tr>
            <th scope="col">{t('rec.col.quota')}</th>
            <th scope="col" className="num">
              {t('rec.col.current')}
            </th>
            <th scope="col" className="num">
              {t('rec.col.recommended')}
            </th>
            <th scope="col" className="num">
              {t('rec.col.step')}
            </th>
            <th scope="col" className="num">
              {t('rec.col.breach')}
            </th>
            <th scope="col" className="num">
              {t('rec.col.below')}
            </th>
          </tr>
        </thead>
        <tbody>
          {r.quotas.map((q) => {
            const unit = t(QUOTA_UNIT[q.quota]);
            return (
              <tr key={q.quota} data-testid={`rec-row-${q.quota}`}>
                <th scope="row">{t(QUOTA_NAME[q.quota])}</th>
                <td className="num">{`${formatQuotaValue(q.quota, q.current, lang)} ${unit}`}</td>
                <td className="num strong">{`${formatQuotaValue(q.quota, q.recommended, lang)} ${unit}`}</td>
                <td className="num">{formatQuotaValue(q.quota, q.step, lang)}</td>
                <td className="num">{interval(q.evidence.breach)}</td>
                <td className="num">
                  {q.below ? formatPercent(q.below.breach.estimate, lang) : '—'}
                  {!q.clear && <span className="cell-note">{t('rec.notClear')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        {t('rec.hosts', {
          count: String(h.count),
          vcpu: String(h.shape.vcpu),
          ram: String(h.shape.ramGb),
          disk: String(h.shape.diskTb),
          added: h.added ? t('rec.hostsAdded', { added: String(h.added) }) : '',
          refusal: interval(h.refusal),
        })}
      </p>
      {db && (
        <p className={db.holds ? undefined : 'at-risk'}>
          {t('rec.db', { breach: interval(db.breach), advice: t(db.holds ? 'rec.db.ok' : 'rec.db.size') })}
        </p>
      )}
      <div className="chart-grid">
        <FrontierChart
          title={t('rec.frontier.title')}
          caption={t('rec.frontier.caption')}
          points={r.frontier}
          tolerance={r.tolerance}
          labels={{
            x: t('rec.frontier.x'),
            y: t('rec.frontier.y'),
            tolerance: t('rec.frontier.tolerance', { tolerance }),
            current: t('rec.frontier.current'),
            recommended: t('rec.frontier.recommended'),
            sized: t('rec.frontier.legend.sized'),
            lower: t('rec.frontier.legend.lower'),
          }}
        />
      </div>
      <p>
        <button type="button" className="primary" onClick={() => onAdopt(r)} data-testid="rec-adopt">
          {t('rec.save')}
        </button>
      </p>
      {adoptedName && (
        <p role="status" data-testid="rec-saved">
          {t('rec.saved', { name: adoptedName })}
        </p>
      )}
    </div>
  );
}
