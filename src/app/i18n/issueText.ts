/**
 * Validation messages in the UI's language, built from the field's label and the rule it broke
 * (ValidationIssue.rule, src/scenario/issueRule.ts): "内存：须 ≥ 1，当前为 -4" / "RAM: must be ≥ 1,
 * got -4". The path becomes a trail of labels, with list items named by their own name where the
 * document is at hand ("计算资源 › 物理主机 › “host-04” › 内存"). An issue without a rule keeps its
 * English line in English and says "not valid" in Chinese, so no English sentence reaches a Chinese page.
 */
import type { IssueRule, ValidationIssue, ValueFound } from '../../scenario/formatIssue.ts';
import { fieldLabel, optionLabel } from '../editor/fieldLabels.ts';
import type { Language } from './language.ts';
import { zhIssues } from './messagesIssues.zh.ts';
import { type MessageKey, translate } from './translate.ts';

/** ['compute', 'hosts', 3, 'ramGb'] from 'compute.hosts[3].ramGb'. */
export function parseIssuePath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(m[3]);
    else if (m[1] !== undefined) out.push(m[1]);
  }
  return out;
}

function at(doc: unknown, keys: readonly (string | number)[]): unknown {
  let node = doc;
  for (const k of keys) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[k];
  }
  return node;
}

/** A list item's own name in the UI language, if it has one. */
export function itemName(item: unknown, lang: Language): string | null {
  if (item === null || typeof item !== 'object') return null;
  const o = item as Record<string, unknown>;
  const candidates =
    lang === 'zh-CN'
      ? [o.nameZh, o.labelZh, o.name, o.labelEn, o.id, o.systemId]
      : [o.name, o.labelEn, o.id, o.systemId];
  const found = candidates.find((c) => typeof c === 'string' && c !== '');
  return typeof found === 'string' ? found : null;
}

/** The trail of labels for a path: sections and fields by label, list items by name or number. */
export function issueFieldLabel(path: string, lang: Language, doc?: unknown): string {
  const keys = parseIssuePath(path);
  if (keys.length === 0) return translate(lang, 'issue.document');
  const parts: string[] = [];
  let parent: string | undefined;
  keys.forEach((key, i) => {
    if (typeof key === 'number') {
      const name = doc === undefined ? null : itemName(at(doc, keys.slice(0, i + 1)), lang);
      parts.push(
        name ? translate(lang, 'issue.itemNamed', { name }) : translate(lang, 'issue.item', { n: key + 1 }),
      );
      return;
    }
    parts.push(fieldLabel(key, lang, parent));
    parent = key;
  });
  return parts.join(' › ');
}

function gotText(got: ValueFound, lang: Language): string {
  switch (got.kind) {
    case 'number':
    case 'boolean':
      return got.text;
    case 'text':
      return `“${got.text}”`;
    case 'list':
      return translate(lang, 'issue.got.list', { count: got.count });
    case 'nothing':
    case 'null':
    case 'group':
    case 'other':
      return translate(lang, `issue.got.${got.kind}`);
  }
}

const EXPECTED = new Set(['number', 'int', 'string', 'boolean', 'array', 'object']);

function paramText(key: string, value: string | number, lang: Language): string | number {
  if (key === 'kind' && typeof value === 'string') return optionLabel(value, lang);
  if (key === 'field' && typeof value === 'string') return fieldLabel(value, lang);
  if (key === 'systemMonth' && value === '') return translate(lang, 'issue.notSet');
  return value;
}

/** The rule in words, without the field ("须 ≥ 1，当前为 -4"); null when the rule is not known. */
export function issueRuleText(rule: IssueRule | undefined, lang: Language): string | null {
  if (!rule) return null;
  switch (rule.code) {
    case 'type':
      return translate(lang, 'issue.type', {
        expected: translate(
          lang,
          `issue.expected.${EXPECTED.has(rule.expected) ? rule.expected : 'other'}` as MessageKey,
        ),
        got: gotText(rule.got, lang),
      });
    case 'min':
    case 'max': {
      const op = rule.code === 'min' ? (rule.inclusive ? '≥' : '>') : rule.inclusive ? '≤' : '<';
      const count =
        rule.got.kind === 'list' ? rule.got.count : rule.got.kind === 'number' ? rule.got.text : '';
      return translate(lang, `issue.${rule.code}.${rule.of}`, {
        op,
        bound: rule.bound,
        got: gotText(rule.got, lang),
        count,
      });
    }
    case 'format':
      return translate(lang, `issue.format.${rule.format}`, { got: gotText(rule.got, lang) });
    case 'oneOf':
      return translate(lang, 'issue.oneOf', {
        options: rule.options.map((o) => optionLabel(o, lang)).join(lang === 'zh-CN' ? '、' : ', '),
        got: gotText(rule.got, lang),
      });
    case 'unknownKeys':
      return translate(lang, 'issue.unknownKeys', { keys: rule.keys.map((k) => `“${k}”`).join(', ') });
    case 'check': {
      const key = `issue.check.${rule.check}` as MessageKey;
      if (!(key in zhIssues)) return null; // a check without a message keeps the English line
      const params: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(rule.params)) params[k] = paramText(k, v, lang);
      return translate(lang, key, params);
    }
    case 'other':
      return null;
  }
}

/** The English line without its leading path ("expected a number ≥ 1, got -4"). */
function englishProblem(issue: ValidationIssue): string {
  return issue.path && issue.message.startsWith(`${issue.path}: `)
    ? issue.message.slice(issue.path.length + 2)
    : issue.message;
}

/** The rule alone, in the UI language: what the editor prints beside the field. */
export function issueProblemText(issue: ValidationIssue, lang: Language): string {
  return (
    issueRuleText(issue.rule, lang) ??
    (lang === 'en' ? englishProblem(issue) : translate(lang, 'issue.other'))
  );
}

/** The whole line, field first: what lists of problems (run bar, import, broken link) print. */
export function issueText(issue: ValidationIssue, lang: Language, doc?: unknown): string {
  return translate(lang, 'issue.line', {
    field: issueFieldLabel(issue.path, lang, doc),
    rule: issueProblemText(issue, lang),
  });
}
