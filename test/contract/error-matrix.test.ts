// Acceptance (issue 12): every (operation, code) pair of docs/fidelity.md's error matrix is
// provoked here through the facade, and each refusal leaves `ecs.state` the very same object. The
// matrix is derived from the code (scripts/contract/error-codes.ts); a pair with neither a
// provocation (./error-provocations.ts) nor a stated reason (./unprovoked-pairs.ts) fails, and so does a provocation or a
// reason for a pair the matrix no longer lists.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorPairsInDoc, statusOf } from '../../scripts/contract/error-section.js';
import { EcsError, type EcsErrorCode } from '../../src/index.js';
import { OPERATION_ROWS } from '../../src/operations/table.js';
import type { SdkOperationName } from '../../src/sdk/index.js';
import { thrownBy } from '../fixtures/ecs-errors.js';
import { aServedWorld } from '../fixtures/served-requests.js';
import { BY_CODE } from './code-provocations.js';
import { BY_OPERATION, OTHER_STATUSES } from './error-provocations.js';
import { merged, type Provocation, type Served } from './provocation.js';
import { UNREACHABLE } from './unprovoked-pairs.js';

const doc = readFileSync(new URL('../../docs/fidelity.md', import.meta.url), 'utf8');
const MATRIX = errorPairsInDoc(doc);
const methodOf = new Map(OPERATION_ROWS.map((r) => [r.action, r.method as SdkOperationName]));
const actionOf = new Map(OPERATION_ROWS.map((r) => [r.method as string, r.action]));

/** Whether the matrix's pair is left out here: no call can reach it. */
function leftOut(method: SdkOperationName, code: EcsErrorCode): boolean {
  return UNREACHABLE[method]?.[code] !== undefined;
}

function provocationOf(method: SdkOperationName, code: EcsErrorCode): Provocation | undefined {
  return BY_OPERATION[method]?.[code] ?? BY_CODE[code];
}

const rows = [...MATRIX].map(([action, codes]) => ({
  action,
  method: methodOf.get(action) as SdkOperationName,
  codes: codes as EcsErrorCode[],
}));

describe('the error matrix of docs/fidelity.md', () => {
  it('lists every served operation', () => {
    expect([...MATRIX.keys()].sort()).toEqual(OPERATION_ROWS.map((r) => r.action).sort());
  });

  it('has a provocation or a stated reason for each pair, and none for pairs it does not list', () => {
    const missing = rows.flatMap(({ method, codes }) =>
      codes
        .filter((code) => !leftOut(method, code) && !provocationOf(method, code))
        .map((code) => `${method} ${code}`),
    );
    expect(missing).toEqual([]);
    const listed = new Set(rows.flatMap(({ method, codes }) => codes.map((c) => `${method} ${c}`)));
    const named = [BY_OPERATION, UNREACHABLE].flatMap((table) =>
      Object.entries(table).flatMap(([method, codes]) =>
        Object.keys(codes ?? {}).map((code) => `${method} ${code}`),
      ),
    );
    const stale = named.filter((pair) => !listed.has(pair));
    expect(stale).toEqual([]);
  });

  describe.each(rows)('$action', ({ action, method, codes }) => {
    let world: Served | undefined;
    const servedWorld = () => {
      world ??= aServedWorld();
      return world;
    };
    const provoked = codes.filter((code) => !leftOut(method, code));
    it.each(provoked)('answers %s, leaving the state unchanged', (code) => {
      const provocation = provocationOf(method, code);
      if (!provocation) throw new Error(`no provocation for ${action} ${code}`);
      expectRefusal(servedWorld(), method, provocation, code, statusOf(code, action));
    });
  });

  // The reference gives one case of these codes a status of its own; the table lists the usual.
  it.each(OTHER_STATUSES)(
    '$method also answers $code with $status, leaving the state unchanged',
    ({ method, code, status, provocation }) => {
      expect(MATRIX.get(actionOf.get(method) ?? '')).toContain(code);
      expect(status).not.toBe(statusOf(code, actionOf.get(method) ?? ''));
      expectRefusal(aServedWorld(), method, provocation, code, status);
    },
  );
});

/** Stages the provocation, then checks the call is refused with the code and status, state kept. */
function expectRefusal(
  w: Served,
  method: SdkOperationName,
  provocation: Provocation,
  code: EcsErrorCode,
  status: number,
): void {
  const stage =
    typeof provocation === 'function' ? provocation(w, method) : merged(w, method, provocation);
  const before = stage.ecs.state;
  const error = thrownBy(stage.call);
  expect(error).toBeInstanceOf(EcsError);
  const { code: answered, statusCode } = error as EcsError;
  expect({ code: answered, statusCode }).toEqual({ code, statusCode: status });
  expect(stage.ecs.state).toBe(before);
}
