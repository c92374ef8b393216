/**
 * What changed between the inputs a result was computed from and the inputs now, field by field,
 * in words a planner reads ("Contract › Quotas › vCPU: 494 → 520"), so a stale result says why it
 * is stale. Built on the share link's diff (scenario/diff.ts); no React, so tests call it directly.
 */
import { diffJson, type PathKey } from '../../scenario/diff.ts';
import { fieldLabel } from '../editor/fieldLabels.ts';
import type { Language } from '../i18n/language.ts';
import { CATALOGS, type MessageKey } from '../i18n/translate.ts';

export interface InputChange {
  /** 'contract.quotas.vcpu' */
  path: string;
  /** 'Contract › Quotas › vCPU' in the UI language. */
  label: string;
  before: string;
  after: string;
}

function valueAt(doc: unknown, path: readonly PathKey[]): unknown {
  let node = doc;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A short text for a value: numbers and words as they are, lists and groups by their size. */
function shortValue(v: unknown): string {
  if (v === undefined) return '—';
  if (typeof v === 'string') return v.length > 40 ? `“${v.slice(0, 39)}…”` : `“${v}”`;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (Array.isArray(v)) return `[${v.length}]`;
  return '{…}';
}

function pathText(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

/** Acronyms a label made from a field name spells as words ('Ram' from ramGb). */
const ACRONYMS = /\b(Ram|Vm|Vms|Sms|Db|Cpu|Vcpu|Cny|Vat)\b/gi;

/** A quota's own name where it has one, else the field's label, acronyms in capitals ('RAM'). */
function keyLabel(key: string, parent: PathKey | undefined, lang: Language): string {
  const quota = `quota.${key}` as MessageKey;
  if (parent === 'quotas' && Object.hasOwn(CATALOGS[lang], quota)) return CATALOGS[lang][quota];
  const label = fieldLabel(key, lang);
  if (lang !== 'en') return label;
  return label.replace(ACRONYMS, (word) =>
    word.toLowerCase() === 'vms' ? 'VMs' : word.toLowerCase() === 'vcpu' ? 'vCPU' : word.toUpperCase(),
  );
}

function pathLabel(path: readonly PathKey[], lang: Language): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `#${key + 1}` : keyLabel(key, path[i - 1], lang)))
    .join(' › ');
}

/** 'Contract › Quotas › RAM' for the path text 'contract.quotas.ramGb' (or 'compute.hosts[3].ramGb'). */
export function labelOfPathText(text: string, lang: Language): string {
  const path: PathKey[] = [];
  for (const m of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) path.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return pathLabel(path, lang);
}

/** The fields that differ from `before` to `after`, in document order. */
export function inputChanges(before: unknown, after: unknown, lang: Language): InputChange[] {
  return diffJson(before, after).map((op) => {
    const path = op[1];
    const to = op[0] === 0 ? op[2] : op[0] === 2 ? `[${op[2]}]` : undefined;
    return {
      path: pathText(path),
      label: pathLabel(path, lang),
      before: shortValue(valueAt(before, path)),
      after: op[0] === 2 ? String(to) : shortValue(to),
    };
  });
}
