/**
 * Turns zod issues into messages that name the path and say what was expected and what was found:
 * `compute.hosts[3].ramGb: expected a number ≥ 1, got -4`. Pure; never throws.
 *
 * Beside the English line each issue carries its `rule` as data (what was expected, the bound, the
 * value found), so a UI can say the same thing in its own language from the field's label and the
 * rule (src/app/i18n/issueText.ts) instead of showing the English line.
 */
import type { z } from 'zod';
import type { IssueRule, ValueFound } from './issueRule.ts';
import { STRING_PATTERNS } from './sections/common.ts';
import { escapeControls, quoteForMessage } from './visibleText.ts';

export type { IssueRule, ValueFound } from './issueRule.ts';

export interface ValidationIssue {
  /** e.g. "compute.hosts[3].ramGb"; "" for the document itself. */
  path: string;
  /** The whole line, path first: "compute.hosts[3].ramGb: expected a number ≥ 1, got -4". */
  message: string;
  /** The rule broken, as data for messages in other languages; absent where only the text is known. */
  rule?: IssueRule;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${quoteForMessage(String(key), 60)}]`;
  }
  return out;
}

/** A short, safe rendering of a value the user gave. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return quoteForMessage(value, 40);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/**
 * A field name as a message shows it: 'name' when it is a plain identifier, else as a JSON string
 * (quotes, control characters escaped) cut to 60 characters — a key from a pasted document or link
 * may hold anything, terminal escape sequences included.
 */
function quoteKey(key: string): string {
  if (/^[A-Za-z_$][\w$]{0,59}$/.test(key)) return `'${key}'`;
  return quoteForMessage(key, 60);
}

const KIND_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
};

function kindName(origin: string): string {
  return KIND_NAMES[origin] ?? origin;
}

function bound(issue: { minimum?: unknown; maximum?: unknown; inclusive?: boolean }, small: boolean): string {
  const limit = String(small ? issue.minimum : issue.maximum);
  if (small) return issue.inclusive === false ? `> ${limit}` : `≥ ${limit}`;
  return issue.inclusive === false ? `< ${limit}` : `≤ ${limit}`;
}

function describeProblem(issue: z.core.$ZodIssue): string {
  const got = `got ${describeValue(issue.input)}`;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${kindName(issue.expected)}, ${got}`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const b = bound(issue, small);
      if (issue.origin === 'array' || issue.origin === 'set') {
        const n = Array.isArray(issue.input) ? issue.input.length : '?';
        return `expected ${b} items, got ${n}`;
      }
      if (issue.origin === 'string') {
        const n = typeof issue.input === 'string' ? issue.input.length : '?';
        return `expected ${b} characters, got ${n}`;
      }
      return `expected ${kindName(issue.origin)} ${b}, ${got}`;
    }
    case 'invalid_format':
      return `${issue.message}, ${got}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}, ${got}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(quoteKey).join(', ')}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (Array.isArray(options))
        return `expected one of ${options.map((o) => `'${String(o)}'`).join(' | ')}, ${got}`;
      return `does not match any allowed form, ${got}`;
    }
    case 'custom':
      return issue.message;
    default:
      return issue.message;
  }
}

export function formatIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const path = formatPath(issue.path);
  let problem = describeProblem(issue);
  let input = issue.input;
  // For a wrong discriminator zod reports the object as input; name the value found instead.
  if (
    issue.code === 'invalid_union' &&
    issue.path.length > 0 &&
    typeof issue.input === 'object' &&
    issue.input
  ) {
    const key = issue.path[issue.path.length - 1];
    input = (issue.input as Record<PropertyKey, unknown>)[key as string];
    problem = problem.replace(/got .*$/, `got ${describeValue(input)}`);
  }
  return { path, message: path === '' ? problem : `${path}: ${problem}`, rule: issueRule(issue, input) };
}

/** The value found, as data: its kind, and its text where it is short enough to show. */
export function valueFound(value: unknown): ValueFound {
  if (value === undefined) return { kind: 'nothing' };
  if (value === null) return { kind: 'null' };
  if (typeof value === 'number') return { kind: 'number', text: Number.isNaN(value) ? 'NaN' : String(value) };
  // Control characters made visible, as in the English message (visibleText.ts).
  if (typeof value === 'string') {
    const shown = escapeControls(value);
    return { kind: 'text', text: shown.length > 40 ? `${shown.slice(0, 40)}…` : shown };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', text: String(value) };
  if (Array.isArray(value)) return { kind: 'list', count: value.length };
  if (typeof value === 'object') return { kind: 'group' };
  return { kind: 'other' };
}

/** Formats of the schema's string patterns, recognised by the pattern zod reports ('/^…$/'). */
const PATTERN_FORMATS = new Map(
  Object.entries(STRING_PATTERNS).map(([format, re]) => [String(re), format as keyof typeof STRING_PATTERNS]),
);

function issueRule(issue: z.core.$ZodIssue, input: unknown): IssueRule {
  const got = valueFound(input);
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'type', expected: String(issue.expected), got };
    case 'too_small':
    case 'too_big': {
      const side = issue.code === 'too_small' ? 'min' : 'max';
      const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'array' || issue.origin === 'set') {
        const n = Array.isArray(issue.input) ? issue.input.length : 0;
        return { code: side, of: 'items', bound, inclusive, got: { kind: 'list', count: n } };
      }
      if (issue.origin === 'string') {
        const n = typeof issue.input === 'string' ? issue.input.length : 0;
        return { code: side, of: 'characters', bound, inclusive, got: { kind: 'number', text: String(n) } };
      }
      return { code: side, of: issue.origin === 'int' ? 'int' : 'number', bound, inclusive, got };
    }
    case 'invalid_format': {
      const pattern = (issue as { pattern?: string }).pattern ?? '';
      const format = PATTERN_FORMATS.get(pattern) ?? 'other';
      return { code: 'format', format, got };
    }
    case 'invalid_value':
      return { code: 'oneOf', options: issue.values.map((v) => String(v)), got };
    case 'unrecognized_keys':
      return { code: 'unknownKeys', keys: [...issue.keys] };
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      return Array.isArray(options)
        ? { code: 'oneOf', options: options.map((o) => String(o)), got }
        : { code: 'other' };
    }
    case 'custom': {
      const params = issue.params as { check?: unknown } | undefined;
      if (params && typeof params.check === 'string') {
        const values: Record<string, string | number> = {};
        for (const [k, v] of Object.entries(params))
          if (k !== 'check' && (typeof v === 'string' || typeof v === 'number')) values[k] = v;
        return { code: 'check', check: params.check, params: values };
      }
      return { code: 'other' };
    }
    default:
      return { code: 'other' };
  }
}
