/**
 * "Advanced": every field of the scenario, generated from the schema (SchemaField) with human labels
 * in both languages, list rows named by what they hold, the format's internals ($schema, version)
 * left out, and the calibration factor read-only with what it is and a button that recomputes it.
 * The actuals a scenario carries (measured history and fitted trends) are written by the Actuals
 * panel, not typed: they are named here, read-only.
 */
import type { Scenario } from '../../scenario/schema.ts';
import { scenarioObjectSchema } from '../../scenario/schema.ts';
import { useT } from '../i18n/useT.ts';
import { CalibrationField } from './CalibrationField.tsx';
import { SchemaField } from './SchemaField.tsx';

const SECTIONS = [
  'term',
  'contract',
  'compute',
  'database',
  'storage',
  'network',
  'sms',
  'timeline',
  'simulation',
] as const;
const GENERAL = ['id', 'name', 'nameZh', 'description', 'descriptionZh'] as const;

export function AdvancedEditor({ doc }: { doc: Scenario }) {
  const t = useT();
  const shape = scenarioObjectSchema.shape;
  const values = doc as unknown as Record<string, unknown>;
  return (
    <div className="advanced-editor" data-testid="advanced-editor">
      <p className="intro">{t('ops.advancedIntro')}</p>
      <details className="field-group">
        <summary>{t('editor.general')}</summary>
        <div className="field-grid">
          {GENERAL.map((key) => (
            <SchemaField key={key} schema={shape[key]} path={[key]} name={key} value={values[key]} />
          ))}
        </div>
      </details>
      <CalibrationField doc={doc} />
      {doc.actuals && (
        <p className="notice" data-testid="advanced-actuals">
          {t('advanced.actuals', { source: doc.actuals.source, asOf: doc.actuals.asOf })}
        </p>
      )}
      {SECTIONS.map((key) => (
        <div key={key} className="editor-section" data-testid={`advanced-${key}`}>
          <SchemaField schema={shape[key]} path={[key]} name={key} value={values[key]} />
        </div>
      ))}
    </div>
  );
}
