/**
 * Progress of a run with a cancel button. The bar is a real progressbar for assistive technology
 * (aria-valuenow/min/max and a text value), and the count is also written out in words.
 */
import { formatInteger } from '../format/cny.ts';
import { useT } from '../i18n/useT.ts';

export interface RunProgressProps {
  done: number;
  total: number;
  onCancel: () => void;
}

/** Fraction done in [0, 1]; 0 when the total is not known yet. */
export function progressFraction(done: number, total: number): number {
  return total > 0 ? Math.min(Math.max(done / total, 0), 1) : 0;
}

export function RunProgress({ done, total, onCancel }: RunProgressProps) {
  const t = useT();
  const text = t('run.progressText', { done: formatInteger(done), total: formatInteger(total) });
  return (
    <div className="run-progress" data-testid="run-progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={t('run.progress')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ transform: `scaleX(${progressFraction(done, total)})` }} />
      </div>
      <span className="progress-text">{text}</span>
      <button type="button" onClick={onCancel}>
        {t('run.cancel')}
      </button>
    </div>
  );
}
