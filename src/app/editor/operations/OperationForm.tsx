/**
 * The small form of one operation: its date and the few fields a planner sets for its kind, each
 * labelled with its unit in the UI language, with the schema's message beside a field that is wrong.
 * Edits go through the form context (one undo step each); a date or a system that also lives in
 * compute.systems goes through updateOperation so both stay in step.
 */
import type { Scenario } from '../../../scenario/schema.ts';
import { QUOTA_KEYS } from '../../../scenario/sections/priceCatalog.ts';
import type { TimelineEvent } from '../../../scenario/sections/timeline.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import type { DocPath } from '../../store/types.ts';
import { fieldLabel, fieldUnit } from '../fieldLabels.ts';
import { useForm } from '../formContext.ts';
import { CheckboxInput, CheckList, DateInput, NumberInput, SelectInput, TextInput } from '../inputs.tsx';
import { systemOf } from './operations.ts';

/** Quotas the schema takes as decimals (contract.ts); the others are whole numbers. */
const FRACTIONAL_QUOTAS: ReadonlySet<string> = new Set([
  'diskTb',
  'storageTb',
  'egressMbps',
  'serverToServerMbps',
]);

interface Props {
  doc: Scenario;
  index: number;
  event: TimelineEvent;
}

/** The bounds of a VM size (scenario/sections/compute.ts vmShapeSchema). */
const VM_FIELDS = [
  { key: 'count', min: 1, max: 5_000, integer: true },
  { key: 'vcpu', min: 1, max: 256, integer: true },
  { key: 'ramGb', min: 0.5, max: 4_096, integer: false },
  { key: 'diskGb', min: 0, max: 100_000, integer: false },
] as const;

function useField() {
  const lang = useLanguage();
  return (name: string, parent?: string) => ({
    label: fieldLabel(name, lang, parent),
    unit: fieldUnit(name, lang),
  });
}

/** VM sizes of a system or of a growth: count × vCPU / RAM / disk, HA pair, CPU utilisation. */
function VmRows({ path, vms }: { path: DocPath; vms: readonly Record<string, unknown>[] }) {
  const t = useT();
  const f = useField();
  const { edit } = useForm();
  return (
    <fieldset className="op-vms">
      <legend>{t('ops.vms')}</legend>
      {vms.map((vm, j) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the list being edited
        <div className="op-row" key={j}>
          {VM_FIELDS.map(({ key, min, max, integer }) => (
            <NumberInput
              key={key}
              path={[...path, j, key]}
              {...f(key === 'vcpu' ? 'headroomShape.vcpu' : key)}
              unit={key === 'count' ? t('ops.vms') : f(key).unit}
              value={vm[key]}
              min={min}
              max={max}
              integer={integer}
            />
          ))}
          <NumberInput
            path={[...path, j, 'cpuUtilisation']}
            {...f('cpuUtilisation')}
            value={vm.cpuUtilisation}
            min={0}
            max={1}
            integer={false}
          />
          <CheckboxInput path={[...path, j, 'haPair']} {...f('haPair')} value={vm.haPair} />
          {vms.length > 1 && (
            <button
              type="button"
              className="danger small"
              onClick={() =>
                edit(
                  path,
                  vms.filter((_, x) => x !== j),
                )
              }
            >
              {t('ops.removeVm')}
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        className="small"
        onClick={() => edit(path, [...vms, { ...vms[vms.length - 1] }])}
      >
        {t('ops.addVm')}
      </button>
    </fieldset>
  );
}

function SystemSelect({ doc, path, value }: { doc: Scenario; path: DocPath; value: string }) {
  const t = useT();
  const lang = useLanguage();
  const ids = doc.compute.systems.map((s) => s.id);
  return (
    <SelectInput
      path={path}
      label={t('ops.system')}
      value={value}
      options={ids}
      optionText={(id) => {
        const s = doc.compute.systems.find((x) => x.id === id);
        return s ? (lang === 'zh-CN' ? s.nameZh : s.name) : id;
      }}
    />
  );
}

export function OperationForm({ doc, index, event }: Props) {
  const t = useT();
  const lang = useLanguage();
  const f = useField();
  const base: DocPath = ['timeline', index];
  const at = (...keys: (string | number)[]): DocPath => [...base, ...keys];
  const dateField = <DateInput path={at('date')} {...f('date')} value={event.date} />;
  const num = (key: string, value: unknown, min: number | null, max: number | null, integer = false) => (
    <NumberInput path={at(key)} {...f(key)} value={value} min={min} max={max} integer={integer} />
  );
  /** The quotas of a quota change (each optional: left empty, it stays) or of a renewal (all of them). */
  const quotaFields = (quotas: Partial<Record<(typeof QUOTA_KEYS)[number], unknown>>, optional: boolean) => (
    <div className="field-grid">
      {QUOTA_KEYS.map((k) => (
        <NumberInput
          key={k}
          path={at('quotas', k)}
          {...f(k)}
          value={quotas[k]}
          min={0}
          max={null}
          integer={!FRACTIONAL_QUOTAS.has(k)}
          optional={optional}
        />
      ))}
    </div>
  );
  /** A copy's fields (migrating out or in): the data, the line and how the copy shares it. */
  const copyFields = (copy: { dataTb: unknown; linkMbps: unknown; copyPolicy?: string }) => (
    <>
      {num('dataTb', copy.dataTb, 0, 100_000)}
      {num('linkMbps', copy.linkMbps, 1, 1_000_000)}
      <SelectInput
        path={at('copyPolicy')}
        {...f('copyPolicy')}
        value={copy.copyPolicy ?? 'yield'}
        options={['yield', 'hold']}
      />
    </>
  );

  switch (event.kind) {
    case 'onboard-system': {
      const found = systemOf(doc, event);
      const storageIndex = doc.storage.systems.findIndex((s) => s.systemId === event.systemId);
      if (!found) return <div className="op-form">{dateField}</div>;
      const sys: DocPath = ['compute', 'systems', found.index];
      return (
        <div className="op-form">
          <div className="field-grid">
            {dateField}
            <TextInput path={[...sys, 'nameZh']} {...f('nameZh')} value={found.system.nameZh} />
            <TextInput path={[...sys, 'name']} {...f('name')} value={found.system.name} />
            <NumberInput
              path={[...sys, 'growth', 'vmsPerYear']}
              {...f('vmsPerYear')}
              value={found.system.growth.vmsPerYear}
              min={0}
              max={500}
              integer={false}
            />
            {storageIndex >= 0 && (
              <NumberInput
                path={['storage', 'systems', storageIndex, 'primaryTb']}
                {...f('primaryTb')}
                value={doc.storage.systems[storageIndex].primaryTb}
                min={0}
                max={100_000}
                integer={false}
              />
            )}
          </div>
          <VmRows path={[...sys, 'vms']} vms={found.system.vms} />
        </div>
      );
    }
    case 'grow-system':
      return (
        <div className="op-form">
          <div className="field-grid">
            {dateField}
            <SystemSelect doc={doc} path={at('systemId')} value={event.systemId} />
            {num('primaryTb', event.primaryTb, 0, 100_000)}
          </div>
          <VmRows path={at('vms')} vms={event.vms} />
        </div>
      );
    case 'decommission-system':
      return (
        <div className="op-form field-grid">
          {dateField}
          <SystemSelect doc={doc} path={at('systemId')} value={event.systemId} />
        </div>
      );
    case 'migrate-out':
      return (
        <div className="op-form">
          <div className="field-grid">
            {dateField}
            <DateInput path={at('leaveDate')} {...f('leaveDate')} value={event.leaveDate ?? ''} />
            {copyFields(event)}
          </div>
          <CheckList
            path={at('systemIds')}
            label={`${t('ops.systems')} · ${t('ops.wholeEstate')}`}
            value={event.systemIds}
            options={doc.compute.systems.map((s) => ({
              id: s.id,
              label: lang === 'zh-CN' ? s.nameZh : s.name,
            }))}
            testId="op-systems"
          />
        </div>
      );
    case 'migrate-in':
      return (
        <div className="op-form field-grid">
          {dateField}
          <SystemSelect doc={doc} path={at('systemId')} value={event.systemId} />
          {copyFields(event)}
        </div>
      );
    case 'add-hosts':
      return (
        <div className="op-form">
          <div className="field-grid">{dateField}</div>
          <fieldset className="op-vms">
            <legend>{t('ops.hosts')}</legend>
            {event.hosts.map((h, j) => (
              <div className="op-row" key={h.id}>
                <TextInput path={at('hosts', j, 'id')} {...f('id')} value={h.id} />
                <NumberInput
                  path={at('hosts', j, 'vcpu')}
                  {...f('vcpu')}
                  value={h.vcpu}
                  min={1}
                  max={1024}
                  integer
                />
                <NumberInput
                  path={at('hosts', j, 'ramGb')}
                  {...f('ramGb')}
                  value={h.ramGb}
                  min={1}
                  max={65_536}
                  integer={false}
                />
                <NumberInput
                  path={at('hosts', j, 'diskTb')}
                  {...f('diskTb')}
                  value={h.diskTb}
                  min={0}
                  max={10_000}
                  integer={false}
                />
              </div>
            ))}
          </fieldset>
        </div>
      );
    case 'retire-hosts': {
      const ids = [
        ...doc.compute.hosts.map((h) => h.id),
        ...doc.timeline.flatMap((e) =>
          e.kind === 'add-hosts' && e.date <= event.date ? e.hosts.map((h) => h.id) : [],
        ),
      ];
      return (
        <div className="op-form">
          <div className="field-grid">{dateField}</div>
          <CheckList
            path={at('hostIds')}
            label={t('ops.hosts')}
            value={event.hostIds}
            options={ids.map((id) => ({ id, label: id }))}
          />
        </div>
      );
    }
    case 'quota-change':
      return (
        <div className="op-form">
          <div className="field-grid">{dateField}</div>
          <p className="field-hint">{t('ops.quotaUnchanged')}</p>
          {quotaFields(event.quotas, true)}
        </div>
      );
    case 'price-change':
      return (
        <div className="op-form">
          <div className="field-grid">
            {dateField}
            <TextInput path={at('factor')} {...f('factor')} value={event.factor} hint={t('ops.factorHint')} />
          </div>
          <CheckList
            path={at('itemIds')}
            label={t('ops.items')}
            emptyAsAbsent
            value={event.itemIds ?? []}
            options={doc.contract.priceCatalog.items.map((item) => ({
              id: item.id,
              label: lang === 'zh-CN' ? item.labelZh : item.labelEn,
            }))}
          />
        </div>
      );
    case 'exit-notice':
      return (
        <div className="op-form field-grid">
          {dateField}
          <DateInput path={at('exitDate')} {...f('exitDate')} value={event.exitDate} />
        </div>
      );
    case 'renew-term':
      return (
        <div className="op-form">
          <div className="field-grid">
            {dateField}
            {num('months', event.months, 1, 120, true)}
            <TextInput path={at('totalInclVatCny')} {...f('totalInclVatCny')} value={event.totalInclVatCny} />
          </div>
          {quotaFields(event.quotas, false)}
        </div>
      );
  }
}

/** The form context edit that keeps operations in step (see updateOperation). */
export function isLinkedField(path: DocPath): boolean {
  return path.length === 3 && path[0] === 'timeline' && (path[2] === 'date' || path[2] === 'systemId');
}

export type { Props as OperationFormProps };
