/**
 * A validation rule as data: what a field expected and what it held. `formatIssue` attaches one to
 * every issue it can read, so a UI can build the message in its own language from the field's label
 * and the rule (the English `message` stays for the command line and the logs).
 *
 * Cross-section checks and refinements name their rule with `params: { check: '<name>', ... }` on the
 * zod issue; the names are listed in CHECK_NAMES so a UI can hold a message for each.
 */

/** What the field held, without the value itself when it is long or structured. */
export type ValueFound =
  | { kind: 'nothing' }
  | { kind: 'null' }
  | { kind: 'number'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; text: string }
  | { kind: 'list'; count: number }
  | { kind: 'group' }
  | { kind: 'other' };

export type IssueRule =
  /** A value of the wrong type: `expected` is zod's name ('number', 'int', 'string', 'array', …). */
  | { code: 'type'; expected: string; got: ValueFound }
  /** Below a minimum or above a maximum; `of` says what is counted. */
  | {
      code: 'min' | 'max';
      of: 'number' | 'int' | 'items' | 'characters';
      bound: string;
      inclusive: boolean;
      got: ValueFound;
    }
  /** Text not in the expected form (an id, money with two decimals, a decimal, a date). */
  | { code: 'format'; format: 'id' | 'money' | 'decimal' | 'date' | 'other'; got: ValueFound }
  /** Not one of the allowed values (an option list or the kinds of a variant). */
  | { code: 'oneOf'; options: string[]; got: ValueFound }
  | { code: 'unknownKeys'; keys: string[] }
  /** A named check (cross-section rules, refinements), with the numbers and ids it reports. */
  | { code: 'check'; check: CheckName | (string & {}); params: Record<string, string | number> }
  | { code: 'other' };

/** Named checks the schema reports, with the params each carries. */
export const CHECK_NAMES = [
  'calendarDate', // –
  'rate', // –
  'duplicateId', // id
  'haReserveHosts', // hosts, got
  'maxVms', // max, got
  'maxSms', // max, got
  'unknownSystem', // id
  'onboardInTerm', // months, got
  'dueDateOrder', // got
  'dateInTerm', // last, got
  'dateInHorizon', // from, to, got
  'horizonMax', // max, got
  'renewalStart', // date, got
  'oneExit', // –
  'beforeExit', // exit, got
  'leaveAfterCopy', // date, got
  'leaveBeforeExit', // exit, got
  'sharesNeedSystems', // –
  'unknownItem', // id
  'quotaChangeEmpty', // –
  'unknownHost', // id
  'hostNotYet', // id, date
  'timelineMonth', // kind, id, month, systemMonth ('' when not set), field
  'exitNotice', // days, got
  'decommissionAfterOnboard', // –
  'batchShares', // –
  'customCurve', // –
  'triangularOrder', // –
  'fileTooLarge', // bytes, max
  'notJson', // position
  'workspaceList', // max
  'hostFailureRate', // max, got, units, hours, up, down, mtbf
  'dbNodeFailureRate', // max, got, units, hours, up, down, mtbf
  'storageModelled', // total, max, top, from, rate
  'calibrationFactorMax', // max, got
  'priceFactorMax', // max, got
  'billMax', // bill, max, item, quantity, unit, price
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** The params of a named check, for `ctx.addIssue({ code: 'custom', …, params: check(name, …) })`. */
export function check(
  name: CheckName,
  params: Record<string, string | number> = {},
): Record<string, unknown> {
  return { check: name, ...params };
}
