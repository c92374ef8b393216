/**
 * The VM size "how many more fit" counts (scenario field compute.headroomShape). Editing it is a
 * scenario edit: it goes on the undo stack, into share links, and re-runs the simulation. A value
 * out of range stays in the box with a message and is not applied.
 */
import { useEffect, useState } from 'react';
import type { Scenario } from '../../../scenario/schema.ts';
import { headroomShapeOf } from '../../explain/headroom.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { useT } from '../../i18n/useT.ts';
import { useApp } from '../../store/index.ts';

type Shape = { vcpu: number; ramGb: number; diskGb: number };
const LIMITS: Record<keyof Shape, { min: number; max: number; whole: boolean; unit: MessageKey }> = {
  vcpu: { min: 1, max: 256, whole: true, unit: 'unit.vcpu' },
  ramGb: { min: 0.5, max: 4096, whole: false, unit: 'headroom.ramUnit' },
  diskGb: { min: 0, max: 100_000, whole: false, unit: 'headroom.diskUnit' },
};

function valid(key: keyof Shape, text: string): number | null {
  const v = Number(text);
  const l = LIMITS[key];
  if (text.trim() === '' || !Number.isFinite(v) || v < l.min || v > l.max) return null;
  return l.whole && !Number.isInteger(v) ? null : v;
}

export function HeadroomShapeFields({ scenario }: { scenario: Scenario }) {
  const t = useT();
  const editScenario = useApp((s) => s.editScenario);
  const shape = headroomShapeOf(scenario);
  const [draft, setDraft] = useState<Record<keyof Shape, string>>({
    vcpu: String(shape.vcpu),
    ramGb: String(shape.ramGb),
    diskGb: String(shape.diskGb),
  });
  useEffect(() => {
    setDraft({ vcpu: String(shape.vcpu), ramGb: String(shape.ramGb), diskGb: String(shape.diskGb) });
  }, [shape.vcpu, shape.ramGb, shape.diskGb]);
  const change = (key: keyof Shape, text: string) => {
    setDraft((d) => ({ ...d, [key]: text }));
    const v = valid(key, text);
    if (v !== null && v !== shape[key]) editScenario(['compute', 'headroomShape'], { ...shape, [key]: v });
  };
  return (
    <fieldset className="shape-fields" data-testid="headroom-shape">
      <legend>{t('headroom.shapeLegend')}</legend>
      {(Object.keys(LIMITS) as (keyof Shape)[]).map((key) => {
        const l = LIMITS[key];
        const bad = valid(key, draft[key]) === null;
        return (
          <label key={key} className="field inline">
            <input
              type="number"
              min={l.min}
              max={l.max}
              step={l.whole ? 1 : 'any'}
              value={draft[key]}
              aria-invalid={bad}
              data-testid={`headroom-shape-${key}`}
              onChange={(e) => change(key, e.target.value)}
            />
            {t(l.unit)}
            {bad && (
              <span role="alert" className="error">
                {t('editor.range', { min: l.min, max: l.max })}
              </span>
            )}
          </label>
        );
      })}
      <span className="muted">{t('headroom.shapeHint')}</span>
    </fieldset>
  );
}
