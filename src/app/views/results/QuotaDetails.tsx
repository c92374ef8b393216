/**
 * The capacity section's quota table (limit, peaks, headroom, breach probability, first-breach
 * month, and VM placement refusals as a row of their own); a first-breach month opens how it was read.
 */
import { useState } from 'react';
import type { QuotaKey } from '../../../results/types.ts';
import { QuotaTable } from '../../components/QuotaTable.tsx';
import { useT } from '../../i18n/useT.ts';
import { BreachExplanation } from './BreachExplanation.tsx';
import type { ResultsPartProps } from './resultsParts.tsx';

export function QuotaDetails({ summary, riskLevel }: ResultsPartProps) {
  const t = useT();
  const [breach, setBreach] = useState<QuotaKey | null>(null);
  return (
    <>
      <h3 id="quota-risk-title">{t('results.quotaDetails')}</h3>
      <QuotaTable
        quotas={summary.quotas}
        monthLabels={summary.monthLabels}
        riskLevel={riskLevel}
        refusals={summary.refusals}
        explaining={breach}
        onExplainBreach={(q) => setBreach(breach === q ? null : q)}
      />
      {breach && (
        <BreachExplanation
          summary={summary}
          quota={breach}
          riskLevel={riskLevel}
          onClose={() => setBreach(null)}
        />
      )}
    </>
  );
}
