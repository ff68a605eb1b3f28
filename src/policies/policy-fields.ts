import type { EcsError } from '../shared/ecs-error.js';
import { parseJsonArray } from '../shared/json-ids.js';
import { isValidName } from '../shared/names.js';
import { err, ok, type Result } from '../shared/result.js';
import { parameterInvalid } from './errors.js';

/**
 * The policy attributes a create or modify request may set, as read from the wire (JSON texts
 * and loosely typed numbers are checked here, so each failure gets the policy operations' own
 * `ParameterInvalid` message).
 *
 * @internal
 */
export interface RawPolicyFields {
  readonly autoSnapshotPolicyName: string | undefined;
  readonly timePoints: unknown;
  readonly repeatWeekdays: unknown;
  readonly retentionDays: unknown;
}

/**
 * The checked attributes: only those the request set.
 *
 * @internal
 */
export interface PolicyFields {
  readonly autoSnapshotPolicyName?: string;
  readonly timePoints?: readonly number[];
  readonly repeatWeekdays?: readonly number[];
  readonly retentionDays?: number;
}

/** Parses `'["0","6"]'` (or a real array) into sorted, distinct whole numbers within bounds. */
function numberList(raw: unknown, min: number, max: number): readonly number[] | null {
  const list = parseJsonArray(raw);
  if (!list || list.length === 0 || list.length > max - min + 1) return null;
  const values = new Set<number>();
  for (const item of list) {
    const text = typeof item === 'number' ? String(item) : item;
    if (typeof text !== 'string' || !/^\d{1,2}$/.test(text.trim())) return null;
    const n = Number(text);
    if (n < min || n > max) return null;
    values.add(n);
  }
  return [...values].sort((a, b) => a - b);
}

function retention(raw: unknown): number | null {
  const n = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) return null;
  return n === -1 || (n >= 1 && n <= 65535) ? n : null;
}

/**
 * Checks the attributes a request set: `timePoints` a JSON array of hours "0"-"23" (UTC+8),
 * `repeatWeekdays` one of days "1"-"7" (1 = Monday), `retentionDays` -1 or 1-65535, and the name
 * the ECS naming rule. Each failure is `ParameterInvalid` (403) naming the parameter.
 *
 * @param raw - The fields as read.
 * @returns The checked fields, or the error.
 * @internal
 */
export function checkPolicyFields(raw: RawPolicyFields): Result<PolicyFields, EcsError> {
  const fields: { -readonly [K in keyof PolicyFields]: PolicyFields[K] } = {};
  if (raw.autoSnapshotPolicyName !== undefined) {
    if (!isValidName(raw.autoSnapshotPolicyName))
      return err(
        parameterInvalid(
          'AutoSnapshotPolicyName',
          '2-128 characters, starting with a letter, not http:// or https://',
        ),
      );
    fields.autoSnapshotPolicyName = raw.autoSnapshotPolicyName;
  }
  if (raw.timePoints !== undefined) {
    const hours = numberList(raw.timePoints, 0, 23);
    if (!hours)
      return err(parameterInvalid('TimePoints', 'expected a JSON array of hours "0" to "23"'));
    fields.timePoints = hours;
  }
  if (raw.repeatWeekdays !== undefined) {
    const days = numberList(raw.repeatWeekdays, 1, 7);
    if (!days)
      return err(
        parameterInvalid('RepeatWeekdays', 'expected a JSON array of days "1" (Monday) to "7"'),
      );
    fields.repeatWeekdays = days;
  }
  if (raw.retentionDays !== undefined) {
    const days = retention(raw.retentionDays);
    if (days === null)
      return err(parameterInvalid('RetentionDays', 'expected -1 (forever) or 1 to 65535'));
    fields.retentionDays = days;
  }
  return ok(fields);
}
